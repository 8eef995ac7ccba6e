<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/banner.py" line="+42"/>
        <source>Fill in the product and choose a photo, then Generate (Ctrl+Enter).</source>
        <translation>商品情報を入力して写真を選び、「生成」を押してください (Ctrl+Enter)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry failed</source>
        <translation>失敗分を再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the images that did not complete</source>
        <translation>完了しなかった画像を再試行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the images with Amazon file names</source>
        <translation>Amazon のファイル名で画像を書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy diagnostics</source>
        <translation>診断情報をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy diagnostics to the clipboard</source>
        <translation>診断情報をクリップボードにコピー</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Retry with…</source>
        <translation>別の方法で再試行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed with another backend…</source>
        <translation>失敗した画像を別のバックエンドで再試行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the images that did not complete with another backend</source>
        <translation>完了しなかった画像を別のバックエンドで再試行</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Session summary</source>
        <translation>セッションの概要</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="+55"/>
        <source>Listing Genie: unexpected error</source>
        <translation>Listing Genie: 予期しないエラー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technical details of the error</source>
        <translation>エラーの技術的な詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The traceback and versions, without the API key</source>
        <translation>トレースバックとバージョン (API キーは含みません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the error&apos;s details to the clipboard</source>
        <translation>エラーの詳細をクリップボードにコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/image_viewer.py" line="+103"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n more unexpected error(s) since; the log has them all.</source>
        <translation>
            <numerusform>その後さらに %n 件の予期しないエラー。すべてログにあります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>an action of the window</source>
        <translation>ウィンドウの操作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Listing Genie ({kind} in {where}): {message}</source>
        <translation>Listing Genie の内部で問題が発生しました ({where} で {kind}): {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The window still works; finished images are kept.</source>
        <translation>ウィンドウは引き続き使えます。完成した画像は保持されます。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="+31"/>
        <source>JPEG (Amazon&apos;s preferred)</source>
        <translation>JPEG (Amazon 推奨)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export images</source>
        <translation>画像を書き出す</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n image(s) with Amazon&apos;s upload names ({slots}).</source>
        <translation>
            <numerusform>Amazon のアップロード名 ({slots}) で %n 枚の画像。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export folder</source>
        <translation>書き出し先フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/reference_picker.py" line="+65"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the export folder</source>
        <translation>書き出し先フォルダーを選択</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKU (the start of every file name)</source>
        <translation>SKU (すべてのファイル名の先頭)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your seller SKU. Defaults to the product title; file names are SKU.MAIN.jpg …</source>
        <translation>出品者 SKU。既定は商品タイトルです。ファイル名は SKU.MAIN.jpg … になります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image format</source>
        <translation>画像形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also make a ZIP of the files</source>
        <translation>ファイルの ZIP も作成する</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/image_card.py" line="+170"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_model.py" line="+44"/>
        <location filename="../../ui/export_dialog.py" line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="+2"/>
        <location filename="../../ui/i18n.py" line="+156"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/settings_dialog.py" line="+168"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Files: {first}, {second} …</source>
        <translation>ファイル: {first}、{second} …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the images to</source>
        <translation>画像の書き出し先</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="+60"/>
        <source>Product title</source>
        <translation>商品タイトル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Insulated Steel Bottle</source>
        <translation>例: 保温ステンレスボトル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key features</source>
        <translation>主な特長</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feature {n} (required)</source>
        <translation>特長 {n} (必須)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feature {n} (optional)</source>
        <translation>特長 {n} (任意)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key feature {n}</source>
        <translation>主な特長 {n}</translation>
    </message>
    <message>
        <source>Compared with (optional): what a typical alternative lacks</source>
        <translation>比較（任意）：一般的な代替品に欠けている点</translation>
    </message>
    <message>
        <source>Compared with, for feature {n}</source>
        <translation>特長 {n} の比較</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/product.py" line="+19"/>
        <source>Target audience</source>
        <translation>ターゲット層</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. hikers and commuters</source>
        <translation>例: ハイカーや通勤者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language on the images</source>
        <translation>画像上の言語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the labels drawn on the images</source>
        <translation>画像に描かれるラベルの言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected: English</source>
        <translation>検出: English</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search keywords</source>
        <translation>検索キーワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line. Add =intent,intent to say what a keyword is about, or use the chips.</source>
        <translation>1 行に 1 つ。=意図,意図 でキーワードの目的を指定するか、チップを使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>durable water bottle
gym bottle=use_case,durability</source>
        <translation>丈夫な水筒
ジム用ボトル=use_case,durability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keywords, one a line</source>
        <translation>検索キーワード (1 行に 1 つ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference photo</source>
        <translation>参考写真</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>At most {limit} characters</source>
        <translation>最大 {limit} 文字</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Detected: {language}</source>
        <translation>検出: {language}</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_model.py" line="-1"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images done</source>
        <translation>完成した画像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid: not generated</source>
        <translation>無効: 生成されません</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/history_model.py" line="+37"/>
        <location filename="../../ui/history_panel.py" line="+45"/>
        <location filename="../../ui/i18n.py" line="-12"/>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <source>Partial</source>
        <translation>一部完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <source>Interrupted: resumable</source>
        <translation>中断: 再開可能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial</source>
        <translation>一部完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rate} images/min</source>
        <translation>毎分 {rate} 枚</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pace not known yet</source>
        <translation>ペースはまだ不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, about {duration} left</source>
        <translation>、残り約 {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {count} failed</source>
        <translation>、{count} 枚失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done}/{total} products, {images} images{failed}; {pace}{eta}</source>
        <translation>商品 {done}/{total}、画像 {images} 枚{failed}。{pace}{eta}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row {row}, {sku}, {title}: {status}, {done} of {total} images.</source>
        <translation>{row} 行目、{sku}、{title}: {status}、{total} 枚中 {done} 枚。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no title</source>
        <translation>タイトルなし</translation>
    </message>
    <message>
        <location line="-67"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="-4"/>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="+1"/>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{status}: MAIN not Amazon-ready</source>
        <translation>{status}: MAIN は Amazon 基準を満たしていません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This month: {cost}</source>
        <translation>今月: {cost}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} (+{n} of unknown cost)</source>
        <translation>{total}（費用不明 +{n} 件）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}. {status}, {done} of {total} images{cost}, {date}</source>
        <translation>{title}。{status}、{total} 枚中 {done} 枚{cost}、{date}</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.py" line="-4"/>
        <source>All sessions</source>
        <translation>すべてのセッション</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/i18n.py" line="+5"/>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../../ui/window_layout.py" line="+120"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new session</source>
        <translation>新しいセッションを開始</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by title</source>
        <translation>タイトルで検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history by title</source>
        <translation>履歴をタイトルで検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show sessions with this status</source>
        <translation>この状態のセッションを表示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past sessions, newest first</source>
        <translation>過去のセッション (新しい順)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+60"/>
        <source>No sessions yet. Your generated listings appear here.</source>
        <translation>まだセッションはありません。生成したリスティングがここに表示されます。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Estimated from the usage the API reported, at the model&apos;s (or your own) price</source>
        <translation>API が報告した使用量から、モデルの価格 (または独自の価格) で見積もった額</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No session matches.</source>
        <translation>一致するセッションはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="-46"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cost unknown</source>
        <translation>費用不明</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infographic 1</source>
        <translation>インフォグラフィック 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infographic 2</source>
        <translation>インフォグラフィック 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifestyle</source>
        <translation>ライフスタイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>durable</source>
        <translation>耐久性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use case</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solves a problem</source>
        <translation>問題を解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compare</source>
        <translation>比較する</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The output size asked of models that take one</source>
        <translation>サイズを指定できるモデルに求める出力サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images generated at the same time</source>
        <translation>同時に生成する画像の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries after a failed attempt</source>
        <translation>試行が失敗したあとの再試行回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds one attempt may wait for its answer</source>
        <translation>1 回の試行が応答を待てる秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD the month&apos;s runs may cost, estimated from the usage the API reports (0: no budget)</source>
        <translation>その月の実行にかけてよい金額 (USD)。API が報告する使用量から見積もります (0: 予算なし)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own price per image (USD) for a model, used instead of the list price</source>
        <translation>モデルの 1 枚あたりの独自価格 (USD)。定価の代わりに使います</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_model.py" line="-1"/>
        <location filename="../../ui/i18n.py" line="-24"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="+2"/>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output size</source>
        <translation>出力サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images at once</source>
        <translation>同時に生成する画像数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries per image</source>
        <translation>画像ごとの再試行回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt timeout</source>
        <translation>試行のタイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../ui/image_card.py" line="-130"/>
        <source>Amazon-ready: pure-white background, the product filling about 85% of the frame, a clean cut-out (no background or shadow left in it, no holes or specks, a smooth outline, the whole product in frame) and enough real resolution for Amazon&apos;s zoom.</source>
        <translation>Amazon 基準 OK: 純白の背景、商品が画面の約 85% を占め、きれいな切り抜き (背景や影の残りなし、穴や点なし、滑らかな輪郭、商品全体が画面内) で、Amazon のズームに十分な実解像度があります。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Product alone on pure white</source>
        <translation>純白の背景に商品のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key features, called out</source>
        <translation>主な特長を強調</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits and details</source>
        <translation>メリットと詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product in use</source>
        <translation>使用中の商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this one</source>
        <translation>選ばれる理由</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating… {seconds} s</source>
        <translation>生成中… {seconds} 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retrying in {seconds} s</source>
        <translation>{seconds} 秒後に再試行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying now…</source>
        <translation>再試行中…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{image} image</source>
        <translation>{image} 画像</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{image} preview</source>
        <translation>{image} のプレビュー</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical details of the {image} image</source>
        <translation>{image} 画像の技術的な詳細</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit texts</source>
        <translation>テキストを編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the words on this image; it is drawn again, no new generation</source>
        <translation>この画像の文言を変更します。新しい生成なしで描き直します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the texts of the {image} image</source>
        <translation>{image}画像のテキストを編集</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+180"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Regenerate the {image} image</source>
        <translation>{image} 画像を再生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the full-size image, its versions and the reference photo</source>
        <translation>画像を原寸で表示（バージョンと参照写真も）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the {image} image full size</source>
        <translation>{image} 画像を原寸で開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the file in its folder</source>
        <translation>ファイルをフォルダーで表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {image} image in its folder</source>
        <translation>{image} 画像をフォルダーで表示</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Amazon-ready</source>
        <translation>Amazon 基準 OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Not Amazon-ready</source>
        <translation>Amazon 基準を満たしていません</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not Amazon-ready:</source>
        <translation>Amazon 基準を満たしていません:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon-ready: meets Amazon&apos;s main-image rules</source>
        <translation>Amazon 基準 OK: メイン画像のルールを満たしています</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Waiting to retry…</source>
        <translation>再試行を待っています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image yet</source>
        <translation>まだ画像はありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image file missing</source>
        <translation>画像ファイルがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/image_viewer.py" line="+65"/>
        <location filename="../../ui/reference_picker.py" line="+92"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+52"/>
        <location filename="../../ui/window_dialogs.py" line="+128"/>
        <source>Listing Genie</source>
        <translation>Listing Genie</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+64"/>
        <source>Opening the history…</source>
        <translation>履歴を開いています…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Catalogues…</source>
        <translation>カタログ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the catalogue view</source>
        <translation>カタログ表示を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many products from one product file</source>
        <translation>1つの商品ファイルから多数の商品</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/window_layout.py" line="+7"/>
        <location line="+75"/>
        <source>New listing</source>
        <translation>新しいリスティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_layout.py" line="-72"/>
        <location line="+78"/>
        <source>Listing images</source>
        <translation>リスティング画像</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session details</source>
        <translation>セッションの詳細</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Delete session</source>
        <translation>セッションを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” and its image files? This cannot be undone.</source>
        <translation>「{title}」とその画像ファイルを削除しますか? 元に戻せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No application could open {path}</source>
        <translation>{path} を開けるアプリケーションがありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not show {path} in its folder</source>
        <translation>{path} をフォルダーで表示できませんでした</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Diagnostics copied to the clipboard (no API key included).</source>
        <translation>診断情報をクリップボードにコピーしました (API キーは含みません)。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run finished: {summary}.</source>
        <translation>生成が終了しました: {summary}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing Genie: run finished</source>
        <translation>Listing Genie: 生成が終了しました</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop generating?</source>
        <translation>生成を停止しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images are still being generated. Stop now and close? Finished images are kept, and Retry failed finishes the rest later.</source>
        <translation>まだ画像を生成中です。停止して閉じますか? 完成した画像は保持され、残りは後で「失敗分を再試行」で仕上げられます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop and close</source>
        <translation>停止して閉じる</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep generating</source>
        <translation>生成を続ける</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing…</source>
        <translation>終了しています…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_picker.py" line="-121"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>写真 (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reference photo of the product.</source>
        <translation>商品の参考写真を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG, PNG or WebP. 1000 px or more on the longest side lets Amazon zoom.</source>
        <translation>JPEG、PNG、WebP。長辺が 1000 px 以上なら Amazon でズームできます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the reference photo…</source>
        <translation>参考写真を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Path of the product photo</source>
        <translation>商品写真のパス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo path</source>
        <translation>参考写真のパス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the reference photo</source>
        <translation>参考写真を参照</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+83"/>
        <location line="+6"/>
        <source>Drop a photo here</source>
        <translation>ここに写真をドロップ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The photo could not be opened ({kind}).</source>
        <translation>写真を開けませんでした ({kind})。</translation>
    </message>
    <message>
        <location filename="../../ui/other_photos.py" line="+35"/>
        <source>More photos (optional): the back with its label, a detail. Gemini sees them all (as many as the model takes, the main one first); the studio draws MAIN from the one it can cut out best.</source>
        <translation>追加の写真（任意）：ラベルのある裏面、細部など。Gemini はモデルが受け付ける枚数まですべてを参照します（メイン写真が先）。スタジオは最もきれいに切り抜ける写真から MAIN を描きます。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move photo {n} up</source>
        <translation>写真 {n} を上へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo {n}</source>
        <translation>写真 {n} を削除</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+23"/>
        <location filename="../../ui/reference_picker.py" line="+27"/>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The photo could not be opened ({kind}, {name}).</source>
        <translation>写真を開けませんでした ({kind}、{name})。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add a photo…</source>
        <translation>写真を追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another photo of the product</source>
        <translation>商品の写真をもう1枚追加</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add photos of the product</source>
        <translation>商品の写真を追加</translation>
    </message>
    <message>
        <location filename="../../ui/reference_picker.py" line="+17"/>
        <source>Choose the reference photo</source>
        <translation>参考写真を選択</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-124"/>
        <source>A new language applies when you restart Listing Genie.</source>
        <translation>新しい言語は Listing Genie を再起動すると反映されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+88"/>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../ui/window_layout.py" line="+4"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic (Gemini when a key is set, else Studio)</source>
        <translation>自動 (キーがあれば Gemini、なければ Studio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste a Gemini API key</source>
        <translation>Gemini API キーを貼り付け</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemini API key</source>
        <translation>Gemini API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save key</source>
        <translation>キーを保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks Gemini whether the key (typed above, else the saved one) can use the model</source>
        <translation>キー (上で入力したもの、なければ保存済みのもの) でモデルを使えるか Gemini に確認します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gemini image model</source>
        <translation>Gemini 画像モデル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the image models the key can use again</source>
        <translation>キーで使える画像モデルを再取得します</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the listing text on infographics myself</source>
        <translation>インフォグラフィックの文字をアプリで描く</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The window&apos;s language</source>
        <translation>ウィンドウの言語</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your price</source>
        <translation>独自の価格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Recommended: {name}</source>
        <translation>推奨: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recommended model of the key</source>
        <translation>キーの推奨モデル</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Runs use the best model the key can use ({name}: {about}).</source>
        <translation>キーで使える最良のモデルで生成します ({name}: {about})。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs use the best model the key can use.</source>
        <translation>キーで使える最良のモデルで生成します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not among the models this key can use: runs will refuse it.</source>
        <translation>{name} はこのキーで使えるモデルではありません。生成は拒否されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key&apos;s models have not been listed yet.</source>
        <translation>キーのモデルはまだ取得されていません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>one size</source>
        <translation>1 サイズ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>up to %n photo(s)</source>
        <translation>
            <numerusform>写真 %n 枚まで</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/state.py" line="+57"/>
        <source>Cancelled before it was finished: Retry failed makes it.</source>
        <translation>完了前にキャンセルされました。「失敗分を再試行」で生成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: the app stopped during this run.</source>
        <translation>中断: この実行中にアプリが終了しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed finishes it.</source>
        <translation>「失敗分を再試行」で仕上げられます。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+34"/>
        <source>Attempt {number} of {total}</source>
        <translation>試行 {number}/{total}</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 回試行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alternative: {variant}</source>
        <translation>別案: {variant}</translation>
    </message>
    <message>
        <location filename="../../core/cost.py" line="+23"/>
        <source>Estimated cost {cost}.</source>
        <translation>推定費用 {cost}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated cost unknown.</source>
        <translation>推定費用は不明です。</translation>
    </message>
    <message>
        <location filename="../../ui/state.py" line="+152"/>
        <source>Generating: {done} of {total} images ready</source>
        <translation>生成中: {total} 枚中 {done} 枚完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service asked to slow down: pausing new requests for {seconds} s.</source>
        <translation>サービスから速度を落とすよう求められました。新しいリクエストを {seconds} 秒停止します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not start</source>
        <translation>開始できませんでした</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{done} of {total} images ready.</source>
        <translation>{total} 枚中 {done} 枚が完成。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../core/outcome.py" line="+52"/>
        <source>{done} of {total} images ready</source>
        <translation>{total} 枚中 {done} 枚完成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: {ready}</source>
        <translation>キャンセル: {ready}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed finishes the rest.</source>
        <translation>「失敗分を再試行」で残りを仕上げます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{names} failed: {message} ({kind}).</source>
        <translation>{names} が失敗しました: {message} ({kind})。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No images were generated</source>
        <translation>画像は生成されませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/window_dialogs.py" line="-14"/>
        <source>Monthly budget</source>
        <translation>月の予算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start anyway</source>
        <translation>このまま開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The estimate is images x the model&apos;s price per image; Settings holds the budget.</source>
        <translation>見積もりは画像数 × モデルの 1 枚あたりの価格です。予算は「設定」で変更できます。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Exporting to {folder}…</source>
        <translation>{folder} に書き出しています…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and {count} more</source>
        <translation> ほか {count} 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace existing files?</source>
        <translation>既存のファイルを置き換えますか?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) already exist in {folder}: {listed}.</source>
        <translation>
            <numerusform>{folder} に %n 個のファイルが既にあります: {listed}。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace them with this export? Files of an earlier export of this SKU that this one does not include are removed too, so the folder never mixes two exports.</source>
        <translation>この書き出しで置き換えますか? この SKU の以前の書き出しのうち今回含まれないファイルも削除され、フォルダーに 2 つの書き出しが混在することはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export cancelled: the existing files were left as they were.</source>
        <translation>書き出しをキャンセルしました。既存のファイルはそのままです。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n image(s) to {folder}</source>
        <translation>
            <numerusform>{folder} に %n 枚の画像を書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files {sku}.MAIN … with manifest.json and a ZIP.</source>
        <translation>ファイル {sku}.MAIN … と manifest.json、ZIP。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files {sku}.MAIN … with manifest.json.</source>
        <translation>ファイル {sku}.MAIN … と manifest.json。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export finished</source>
        <translation>書き出し完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show folder</source>
        <translation>フォルダーを表示</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="-91"/>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Form problem</source>
        <translation>フォームの問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate the five listing images</source>
        <translation>5 枚のリスティング画像を生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate the five images (Ctrl+Enter)</source>
        <translation>5 枚の画像を生成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="+45"/>
        <source>Product files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>商品ファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing Genie: catalogues</source>
        <translation>Listing Genie: カタログ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No catalogue yet: import a product file</source>
        <translation>カタログはまだありません。商品ファイルを読み込んでください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+76"/>
        <source>Import a product file</source>
        <translation>商品ファイルを読み込む</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Save template…</source>
        <translation>テンプレートを保存…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+81"/>
        <source>Save the product file template</source>
        <translation>商品ファイルのテンプレートを保存</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+165"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Generate every product not complete</source>
        <translation>未完了のすべての商品を生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Finish the products in flight, start no new one</source>
        <translation>処理中の商品を仕上げ、新しい商品は開始しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/window_layout.py" line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop now, keeping what is finished</source>
        <translation>今すぐ停止 (完成したものは保持)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue shown</source>
        <translation>表示中のカタログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogues in the history</source>
        <translation>履歴にあるカタログ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows that will not be generated</source>
        <translation>生成されない行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products done</source>
        <translation>完了した商品</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n row(s) will not be generated (listed below); fix the file and import it again, or Run the others.</source>
        <translation>
            <numerusform>%n 行は生成されません (下に一覧)。ファイルを修正して読み込み直すか、「実行」で残りを生成してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{complete} of {valid} products complete, {partial} partial, {failed} failed, {invalid} invalid</source>
        <translation>{valid} 商品中 {complete} 件完了、一部完了 {partial} 件、失敗 {failed} 件、無効 {invalid} 件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paused: the API&apos;s daily quota is used up. It resets {when}; the catalogue goes on by itself then while this window is open, or press Resume to try now.</source>
        <translation>一時停止中: API の 1 日の割り当てを使い切りました。{when} にリセットされます。このウィンドウが開いていればその時点で自動的に再開します。今すぐ試すには「再開」を押してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused. Resume goes on with the products not complete.</source>
        <translation>一時停止中。「再開」で未完了の商品の生成を続けます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausing…</source>
        <translation>一時停止しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {row} is not generated: {problems}.</source>
        <translation>{row} 行目は生成されません: {problems}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row} has no session yet: Run makes it.</source>
        <translation>{row} 行目にはまだセッションがありません。「実行」で作成されます。</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="+0"/>
        <source>Cancel the generation, keeping finished images</source>
        <translation>生成をキャンセル (完成した画像は保持)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate as new</source>
        <translation>複製して新規作成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this session into a new, editable form</source>
        <translation>このセッションを新しい編集可能なフォームにコピー</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this session and its files</source>
        <translation>このセッションとそのファイルを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>約 {cost}</translation>
    </message>
    <message>
        <source>Retry with {model}</source>
        <translation>{model} で再試行</translation>
    </message>
    <message>
        <source>{old} is no longer served: Retry uses {new}, the recommended model.</source>
        <translation>{old} は提供を終了しました。再試行には推奨モデルの {new} を使います。</translation>
    </message>
    <message>
        <location filename="../../services.py" line="+49"/>
        <source>The API lists no image model for this key: use the studio backend.</source>
        <translation>このキーで使える画像モデルが API にありません。スタジオ バックエンドを使ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session is being generated by another Listing Genie window or command.</source>
        <translation>このセッションは別の Listing Genie ウィンドウまたはコマンドで生成中です。</translation>
    </message>
    <message>
        <location filename="../../imaging/catalogue_photos.py" line="+76"/>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than {limit} MB</source>
        <translation>{limit} MB を超えています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read ({reason})</source>
        <translation>読み込めません ({reason})</translation>
    </message>
    <message>
        <location filename="../../imaging/loading.py" line="+45"/>
        <source>Reference photo not found: {name}</source>
        <translation>参考写真が見つかりません: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is {size} MB; the limit is {limit} MB.</source>
        <translation>参考写真が {size} MB あります。上限は {limit} MB です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo could not be read: {reason}</source>
        <translation>参考写真を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo file is empty (0 bytes).</source>
        <translation>参考写真のファイルが空です (0 バイト)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is too large.</source>
        <translation>参考写真が大きすぎます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is damaged or incomplete; export it again and retry.</source>
        <translation>参考写真が壊れているか不完全です。書き出し直してからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo declares too many pixels; the limit is {limit} megapixels.</source>
        <translation>参考写真の画素数が多すぎます。上限は {limit} メガピクセルです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is not an image Listing Genie can read (use JPEG, PNG or WebP).</source>
        <translation>参考写真は Listing Genie が読み込める画像ではありません (JPEG、PNG、WebP を使ってください)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo format {format} is not supported (use JPEG, PNG or WebP).</source>
        <translation>参考写真の形式 {format} には対応していません (JPEG、PNG、WebP を使ってください)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is {width} x {height} px; the limit is {limit} megapixels.</source>
        <translation>参考写真は {width} × {height} px です。上限は {limit} メガピクセルです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference photo is {width} x {height} px: too small. Use a photo at least {limit} px on its shorter side.</source>
        <translation>参考写真は {width} × {height} px で小さすぎます。短い辺が {limit} px 以上の写真を使ってください。</translation>
    </message>
    <message>
        <location filename="../../storage/records.py" line="+137"/>
        <source>The {image} image file {path} was deleted</source>
        <translation>{image} 画像のファイル {path} が削除されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed makes it again.</source>
        <translation>「失敗分を再試行」で作り直せます。</translation>
    </message>
    <message>
        <location filename="../../backends/gemini_errors.py" line="+39"/>
        <source>The API answer was not valid JSON.</source>
        <translation>API の応答が正しい JSON ではありませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model sent an empty answer (no candidates).</source>
        <translation>モデルから空の応答が返りました (候補なし)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image was blocked by the safety filter ({reason}).</source>
        <translation>画像が安全フィルターでブロックされました ({reason})。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model returned no image.</source>
        <translation>モデルは画像を返しませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model returned no image (finish reason {reason}).</source>
        <translation>モデルは画像を返しませんでした (終了理由 {reason})。</translation>
    </message>
    <message>
        <location filename="../../backends/registry.py" line="+171"/>
        <source>No Gemini API key: set GEMINI_API_KEY, save a key in Settings, or use the offline studio backend.</source>
        <translation>Gemini の API キーがありません。GEMINI_API_KEY を設定するか、「設定」でキーを保存するか、オフラインのスタジオ バックエンドを使ってください。</translation>
    </message>
    <message>
        <location filename="../../backends/gemini_transport.py" line="+15"/>
        <source>No answer from Gemini in time ({name}).</source>
        <translation>Gemini から時間内に応答がありませんでした ({name})。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error talking to Gemini: {reason}</source>
        <translation>Gemini との通信でネットワーク エラー: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/attempts.py" line="+52"/>
        <source>{message}; {when}</source>
        <translation>{message}。{when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled during the request.</source>
        <translation>リクエスト中にキャンセルされました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer within the attempt timeout of {seconds} s.</source>
        <translation>試行のタイムアウト ({seconds} 秒) 以内に応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error: {name}</source>
        <translation>内部エラー: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service asks to wait more than a day: try again tomorrow or later</source>
        <translation>サービスから 1 日以上待つよう求められています。明日以降にもう一度お試しください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service asks to wait {seconds} s</source>
        <translation>サービスから {seconds} 秒待つよう求められています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service asks to wait {seconds} s: try again after {when}</source>
        <translation>サービスから {seconds} 秒待つよう求められています。{when} 以降にもう一度お試しください</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_model.py" line="-8"/>
        <location filename="../../core/product.py" line="-3"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../core/product.py" line="+1"/>
        <source>Feature {number}</source>
        <translation>特長 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key feature</source>
        <translation>主な特長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyword &apos;{phrase}&apos;</source>
        <translation>キーワード「{phrase}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A keyword</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title is required.</source>
        <translation>タイトルは必須です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least one key feature is required.</source>
        <translation>主な特長を 1 つ以上入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} key features, got {count}.</source>
        <translation>主な特長は {limit} 個までです ({count} 個入力されています)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} keywords, got {count}.</source>
        <translation>キーワードは {limit} 個までです ({count} 個入力されています)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyword line &apos;{line}&apos; has intents but no keyword.</source>
        <translation>行「{line}」には意図がありますが、キーワードがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown intent &apos;{intent}&apos; for keyword &apos;{phrase}&apos;: use {choices} or {last}.</source>
        <translation>キーワード「{phrase}」の意図「{intent}」は不明です。{choices} または {last} を使ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} contains an invisible control character ({code}).</source>
        <translation>{label}に見えない制御文字 ({code}) が含まれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} contains an invalid character.</source>
        <translation>{label}に無効な文字が含まれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} is {count} characters; the limit is {limit}.</source>
        <translation>{label}は {count} 文字です。上限は {limit} 文字です。</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="+57"/>
        <source>Your API key was rejected: set a valid key in Settings (or GEMINI_API_KEY).</source>
        <translation>API キーが拒否されました。「設定」(または GEMINI_API_KEY) に有効なキーを設定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was not found: choose another image model in Settings.</source>
        <translation>モデルが見つかりません。「設定」で別の画像モデルを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Gemini quota is used up: wait for it to reset, check billing, or use the offline studio backend.</source>
        <translation>Gemini の割り当てを使い切りました。リセットを待つか、請求設定を確認するか、オフラインのスタジオ バックエンドを使ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is rate limiting requests: try again in a minute.</source>
        <translation>サービスがリクエスト数を制限しています。1 分後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was overloaded or failed: Retry failed usually works a little later.</source>
        <translation>モデルが過負荷か失敗しました。少し待ってから「失敗分を再試行」すると、たいてい成功します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model took too long to answer: retry, or raise the attempt timeout.</source>
        <translation>モデルの応答に時間がかかりすぎました。再試行するか、試行のタイムアウトを長くしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network failed: check your connection, or use the offline studio backend.</source>
        <translation>ネットワークに接続できませんでした。接続を確認するか、オフラインのスタジオ バックエンドを使ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model&apos;s safety filter blocked this image: reword the features or use another photo.</source>
        <translation>モデルの安全フィルターがこの画像をブロックしました。特長の表現を変えるか、別の写真を使ってください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model answered without a usable image: Retry failed usually works.</source>
        <translation>モデルの応答に使える画像がありませんでした。「失敗分を再試行」でたいてい成功します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was refused as invalid: check the product text and photo.</source>
        <translation>リクエストが無効として拒否されました。商品テキストと写真を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the highlighted input and try again.</source>
        <translation>強調表示された入力を修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image could not be saved: free disk space or check the data folder&apos;s permissions.</source>
        <translation>画像を保存できませんでした。ディスクの空きを増やすか、データ フォルダーの権限を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: Retry failed finishes the rest.</source>
        <translation>キャンセルしました。残りは「失敗分を再試行」で仕上げられます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside Listing Genie: Copy diagnostics and report it.</source>
        <translation>Listing Genie の内部で問題が発生しました。「診断情報をコピー」して報告してください。</translation>
    </message>
    <message>
        <location filename="../../core/cost.py" line="-4"/>
        <source>the monthly budget of {limit} is reached ({spent} this month), so no new image was started</source>
        <translation>月の予算 {limit} に達したため (今月 {spent})、新しい画像は開始されませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise the monthly budget in Settings, or retry next month.</source>
        <translation>「設定」で月の予算を引き上げるか、来月もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../core/pipeline.py" line="+43"/>
        <source>Cancelled before completion.</source>
        <translation>完了前にキャンセルされました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: {message}</source>
        <translation>停止: {message}</translation>
    </message>
    <message>
        <location filename="../../core/catalogue.py" line="+30"/>
        <source>The file has no {columns} column (its header is row {row}).</source>
        <translation>ファイルに {columns} 列がありません (見出しは {row} 行目)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has a header but no product rows.</source>
        <translation>ファイルに見出しはありますが、商品の行がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row} of the file cannot be read: {reason}.</source>
        <translation>ファイルの {row} 行目を読み込めません: {reason}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a product file Listing Genie reads: the header should have the template&apos;s columns ({columns}), Amazon&apos;s item_sku and item_name, or Shopify&apos;s Handle and Title.</source>
        <translation>Listing Genie が読み込める商品ファイルではありません。見出しには、テンプレートの列 ({columns})、Amazon の item_sku と item_name、または Shopify の Handle と Title が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a SKU is required</source>
        <translation>SKU は必須です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SKU is {count} characters; Amazon allows {limit}</source>
        <translation>SKU が {count} 文字あります。Amazon の上限は {limit} 文字です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SKU names the image files, so it cannot hold / \ : * ? &quot; &lt; &gt; | or controls</source>
        <translation>SKU は画像のファイル名になるため、/ \ : * ? &quot; &lt; &gt; | や制御文字は使えません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU &apos;{sku}&apos; is also on row {row}</source>
        <translation>SKU「{sku}」は {row} 行目にもあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {limit} photos, got {count}</source>
        <translation>写真は {limit} 枚までです ({count} 枚指定されています)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a photo is required</source>
        <translation>写真は必須です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no photo named after &apos;{key}&apos; was found</source>
        <translation>「{key}」という名前の写真が見つかりません</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_controller.py" line="+60"/>
        <source>Row {row} ({sku}): {problems}</source>
        <translation>{row} 行目 ({sku}): {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SKU</source>
        <translation>SKU なし</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The history is still opening; import again in a moment.</source>
        <translation>履歴を開いています。少し待ってからもう一度読み込んでください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The template could not be saved to {path}: {reason}.</source>
        <translation>テンプレートを {path} に保存できませんでした: {reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template saved to {path}: one row per product, then Import it.</source>
        <translation>テンプレートを {path} に保存しました。1 商品につき 1 行を記入してから読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../catalogues.py" line="+49"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} を読み込めません: {reason}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not UTF-8 text (byte {byte}); save it as CSV UTF-8 and import it again.</source>
        <translation>{name} は UTF-8 のテキストではありません (バイト {byte})。CSV UTF-8 で保存して読み込み直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of {name} can be generated ({count} with problems; row {row}: {problem}).</source>
        <translation>{name} には生成できる行がありません (問題のある行 {count} 件。{row} 行目: {problem})。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalogue is being run by another Listing Genie window or command.</source>
        <translation>このカタログは別の Listing Genie ウィンドウまたはコマンドで実行中です。</translation>
    </message>
    <message>
        <location filename="../../imaging/compliance.py" line="+34"/>
        <source>Image is in {mode} mode; Amazon expects RGB (sRGB).</source>
        <translation>画像が {mode} モードです。Amazon では RGB (sRGB) が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image is {width} x {height} px; Amazon zoom needs at least {limit} px.</source>
        <translation>画像は {width} × {height} px です。Amazon のズームには {limit} px 以上が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image is {width} x {height} px; Amazon accepts at most {limit} px.</source>
        <translation>画像は {width} × {height} px です。Amazon の上限は {limit} px です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscaled from {side} px: the product is {product} px across in the {width} x {height} px photo and {shown} px in this image, so Amazon&apos;s zoom will look soft. Use a photo at your camera&apos;s full resolution with the product at least {needed} px across.</source>
        <translation>{side} px から拡大されています。商品は {width} × {height} px の写真で {product} px、この画像で {shown} px の大きさのため、Amazon のズームではぼやけて見えます。カメラの最大解像度で、商品が {needed} px 以上に写る写真を使ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upscaled from {side} px: the answer was {width} x {height} px, so Amazon&apos;s zoom will look soft. Ask for a larger size (2K) or use a larger photo.</source>
        <translation>{side} px から拡大されています。応答の画像が {width} × {height} px だったため、Amazon のズームではぼやけて見えます。大きいサイズ (2K) を指定するか、大きい写真を使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product could not be cleanly cut out of the photo ({reason}). For a compliant main image use a photo of the product alone on a plain white or light background, or a PNG with a transparent background.</source>
        <translation>写真から商品をきれいに切り抜けませんでした ({reason})。基準を満たすメイン画像には、白または明るい無地の背景で商品だけを写した写真か、背景が透明な PNG を使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Background is not pure white: only {share} of the border is (255, 255, 255); Amazon requires pure white.</source>
        <translation>背景が純白ではありません。縁のうち (255, 255, 255) は {share} だけです。Amazon では純白が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product fills {share} of the frame; Amazon expects about 85% ({low} to {high}).</source>
        <translation>商品が画像の {share} を占めています。Amazon では約 85% ({low}～{high}) が求められます。</translation>
    </message>
    <message>
        <location filename="../../imaging/isolation.py" line="+123"/>
        <source>The photo is fully transparent: there is no product in it.</source>
        <translation>写真が完全に透明で、商品が写っていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No product found in the photo.</source>
        <translation>写真に商品が見つかりません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No product outline found: use a sharp photo of the product on a plain background.</source>
        <translation>商品の輪郭が見つかりません。無地の背景で商品をくっきり写した写真を使ってください。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The product fills almost the whole photo: frame it with plain background around it.</source>
        <translation>商品が写真のほぼ全体を占めています。周りに無地の背景が入るように撮ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product is tiny in the photo: move closer or crop the photo around it.</source>
        <translation>写真の中で商品が小さすぎます。近づいて撮るか、商品の周りでトリミングしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product runs off the photo&apos;s edges: show the whole product with background around it.</source>
        <translation>商品が写真の端からはみ出しています。周りに背景を入れて商品全体を写してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product&apos;s outline is ambiguous: use a plain background that contrasts with it.</source>
        <translation>商品の輪郭があいまいです。商品と対照的な無地の背景を使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product&apos;s outline is faint: use a background that contrasts with the product.</source>
        <translation>商品の輪郭がはっきりしません。商品と対照的な背景を使ってください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The background is busy: photograph the product alone on a plain, light background.</source>
        <translation>背景がごちゃごちゃしています。明るい無地の背景で商品だけを撮ってください。</translation>
    </message>
    <message>
        <location filename="../../imaging/cut_check.py" line="+54"/>
        <source>The cut-out&apos;s outline is jagged: it follows the background&apos;s texture instead of the product&apos;s edge. Photograph the product alone on a plain, light background that contrasts with it, in even light, and in focus.</source>
        <translation>切り抜きの輪郭がギザギザです。商品の縁ではなく背景の模様に沿っています。商品と対照的な明るい無地の背景で、均一な光の下、ピントを合わせて商品だけを撮ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cut-out holds only part of the product: what surrounds it in the photo is not the background. Photograph the whole product in focus, on a plain background that contrasts with it.</source>
        <translation>切り抜きに商品の一部しか含まれていません。写真で周りにあるものが背景ではありません。商品と対照的な無地の背景で、商品全体にピントを合わせて撮ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {share} of the cut-out is the photo&apos;s background (its colour or texture, or a shadow on it) kept with the product. Photograph the product alone on a plain, light background that contrasts with it, lit evenly so it casts no dark shadow.</source>
        <translation>切り抜きの約 {share} が、商品と一緒に残った写真の背景 (その色や模様、または影) です。商品と対照的な明るい無地の背景で、濃い影ができないよう均一に照らして商品だけを撮ってください。</translation>
    </message>
    <message>
        <location filename="../../core/readiness.py" line="+16"/>
        <source>The {image} image is not Amazon-ready.</source>
        <translation>{image} 画像は Amazon の基準を満たしていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {image} image is not Amazon-ready: {issue}</source>
        <translation>{image} 画像は Amazon の基準を満たしていません: {issue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {image} image is not Amazon-ready: {issue} (and 1 more issue)</source>
        <translation>{image} 画像は Amazon の基準を満たしていません: {issue} (ほか 1 件の問題)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {image} image is not Amazon-ready: {issue} (and {count} more issues)</source>
        <translation>{image} 画像は Amazon の基準を満たしていません: {issue} (ほか {count} 件の問題)</translation>
    </message>
    <message>
        <location filename="../../ui/cost_fields.py" line="+21"/>
        <source>No budget</source>
        <translation>予算なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List price</source>
        <translation>定価</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your price per image for this model</source>
        <translation>このモデルの 1 枚あたりの独自価格</translation>
    </message>
    <message>
        <location filename="../../ui/cutout_editor.py" line="+117"/>
        <source>Touch up the cut-out</source>
        <translation>切り抜きを修正</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Brush radius, in the cut-out&apos;s pixels</source>
        <translation>ブラシの半径 (切り抜きのピクセル単位)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush radius</source>
        <translation>ブラシの半径</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading the cut-out…</source>
        <translation>切り抜きを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply to all images</source>
        <translation>すべての画像に適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw every image again from the corrected cut-out, as new versions</source>
        <translation>修正した切り抜きからすべての画像を描き直し、新しいバージョンにします</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Paint over what should go (Erase) or come back (Restore).</source>
        <translation>消したい部分 (消去) や戻したい部分 (復元) をなぞってください。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Drawing the images again from the corrected cut-out…</source>
        <translation>修正した切り抜きから画像を描き直しています…</translation>
    </message>
    <message>
        <location filename="../../ui/image_viewer.py" line="-96"/>
        <source>Older version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (-)</source>
        <translation>縮小 (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>拡大 (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to the window (F)</source>
        <translation>ウィンドウに合わせる (F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual pixels (1)</source>
        <translation>実際のピクセル (1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>参考写真</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the reference photo beside it</source>
        <translation>参考写真を横に表示</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Version {number} of {total}</source>
        <translation>バージョン {number}/{total}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read {name}</source>
        <translation>{name} を読み込めませんでした</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Touch up cut-out</source>
        <translation>切り抜きを修正</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase or restore parts of the cut-out</source>
        <translation>切り抜きの一部を消去・復元</translation>
    </message>
    <message>
        <location filename="../../ui/run_controller.py" line="+242"/>
        <source>Not started: {reason}.</source>
        <translation>開始しませんでした: {reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/session_actions.py" line="+70"/>
        <source>The session could not be deleted: {error}</source>
        <translation>セッションを削除できませんでした: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session deleted.</source>
        <translation>セッションを削除しました。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../ui/session_model.py" line="+223"/>
        <source>That session no longer exists.</source>
        <translation>そのセッションはもうありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session has no finished image to export yet.</source>
        <translation>このセッションには書き出せる完成画像がまだありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failed: {error}</source>
        <translation>書き出しに失敗しました: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/session_model.py" line="-74"/>
        <source>The history database could not be read, so it was moved aside to {moved} and a new, empty history was started. Your image files are untouched.</source>
        <translation>履歴データベースを読み込めなかったため {moved} に移動し、新しい空の履歴を開始しました。画像ファイルはそのままです。</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>This session is generating: cancel it before deleting it.</source>
        <translation>このセッションは生成中です。削除する前にキャンセルしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_model.py" line="+86"/>
        <source>Save an API key to list the models it can use.</source>
        <translation>API キーを保存すると、使えるモデルが一覧表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listing the models of this key…</source>
        <translation>このキーのモデルを取得しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not list the models: {message}</source>
        <translation>モデルの一覧を取得できませんでした: {message}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No key saved: the offline Studio renderer is used.</source>
        <translation>キーが保存されていません。オフラインのスタジオ レンダラーを使います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is saved in the system keyring.</source>
        <translation>キーはシステムのキーリングに保存されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keyring is available: the key is kept for this run only.</source>
        <translation>システムのキーリングが使えません。キーは今回の起動中だけ保持されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Using the key from the {name} environment variable (it overrides Settings).</source>
        <translation>環境変数 {name} のキーを使っています (「設定」より優先されます)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keyring is available: the API key is kept for this run only.</source>
        <translation>システムのキーリングが使えません。API キーは今回の起動中だけ保持されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No API key: paste one above first.</source>
        <translation>API キーがありません。先に上の欄に貼り付けてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The test could not run ({name}). Details are in the log.</source>
        <translation>テストを実行できませんでした ({name})。詳細はログにあります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed ({kind}): {message}</source>
        <translation>失敗 ({kind}): {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: the key works with {model}.</source>
        <translation>接続しました。このキーは {model} で使えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{backend}: ready, no key needed.</source>
        <translation>{backend}: 準備完了 (キーは不要)。</translation>
    </message>
    <message>
        <location filename="../../ui/text_editing.py" line="+91"/>
        <source>The texts could not be edited: {error}</source>
        <translation>テキストを編集できませんでした: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit texts: {image}</source>
        <translation>テキストを編集: {image}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image is drawn again with these words: no new generation, the earlier version is kept.</source>
        <translation>この文言で画像を描き直します。新しい生成は行わず、以前のバージョンも残ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Drawing the {image} image again with the new texts…</source>
        <translation>新しいテキストで {image} 画像を描き直しています…</translation>
    </message>
    <message>
        <location filename="../../costs.py" line="+94"/>
        <source>the monthly budget of {limit} is already spent ({spent} this month)</source>
        <translation>月の予算 {limit} はすでに使い切っています (今月 {spent})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 image at about {estimate} would pass the monthly budget of {limit} ({spent} spent this month)</source>
        <translation>画像 1 枚 (約 {estimate}) で月の予算 {limit} を超えます (今月の使用額 {spent})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} images at about {estimate} would pass the monthly budget of {limit} ({spent} spent this month)</source>
        <translation>画像 {count} 枚 (約 {estimate}) で月の予算 {limit} を超えます (今月の使用額 {spent})</translation>
    </message>
    <message>
        <location filename="../../ui/intent_chips.py" line="+72"/>
        <source>“{keyword}” is about:</source>
        <translation>「{keyword}」の意図:</translation>
    </message>
    <message>
        <location filename="../../core/outcome.py" line="+1"/>
        <source>Cancelled: {ready}. Retry failed finishes the rest.</source>
        <translation>キャンセル: {ready}。残りは「失敗分を再試行」で仕上げられます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ready}; {names} failed: {message} ({kind}). {advice}</source>
        <translation>{ready}。{names} が失敗: {message} ({kind})。{advice}</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Paused: resumable</source>
        <translation>一時停止中：再開できます</translation>
    </message>
    <message>
        <source>Row {row}, {sku}, {title}: {status}, {done} of {total} images{cost}.</source>
        <translation>{row} 行目、{sku}、{title}：{status}、{total} 枚中 {done} 枚{cost}。</translation>
    </message>
    <message>
        <source>{cost} so far</source>
        <translation>これまでに {cost}</translation>
    </message>
    <message>
        <source>Estimated cost {cost} ({reason}).</source>
        <translation>推定費用 {cost}（{reason}）。</translation>
    </message>
    <message>
        <source>Finish the images on their way, start no new one</source>
        <translation>送信中の画像を仕上げ、新しい画像は始めません</translation>
    </message>
    <message>
        <source>Paused. Resume goes on with the image held by the pause and the products not started.</source>
        <translation>一時停止中です。再開すると、止めた画像 1 枚と未着手の商品から続けます。</translation>
    </message>
    <message>
        <source>Paused. Resume goes on with the {count} images held by the pause and the products not started.</source>
        <translation>一時停止中です。再開すると、止めた画像 {count} 枚と未着手の商品から続けます。</translation>
    </message>
    <message>
        <source>Stopped: {reason}. Raise it in Settings, then Run again.</source>
        <translation>停止しました：{reason}。設定で上限を引き上げてから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The cut-out has a hole where the background shows through the product. Photograph the product alone on a plain, light background that contrasts with it.</source>
        <translation>切り抜きに穴が 1 つあり、商品越しに背景が見えています。商品と対照的な明るい無地の背景で商品だけを撮ってください。</translation>
    </message>
    <message>
        <source>The cut-out has {count} holes where the background shows through the product. Photograph the product alone on a plain, light background that contrasts with it.</source>
        <translation>切り抜きに穴が {count} 個あり、商品越しに背景が見えています。商品と対照的な明るい無地の背景で商品だけを撮ってください。</translation>
    </message>
    <message>
        <source>The cut-out has a hole where the background shows through the product. Fill the holes in the transparent PNG, or photograph the product alone on a plain, light background that contrasts with it.</source>
        <translation>切り抜きに穴が 1 つあり、商品越しに背景が見えています。透過 PNG の穴を埋めるか、商品と対照的な明るい無地の背景で商品だけを撮ってください。</translation>
    </message>
    <message>
        <source>The cut-out has {count} holes where the background shows through the product. Fill the holes in the transparent PNG, or photograph the product alone on a plain, light background that contrasts with it.</source>
        <translation>切り抜きに穴が {count} 個あり、商品越しに背景が見えています。透過 PNG の穴を埋めるか、商品と対照的な明るい無地の背景で商品だけを撮ってください。</translation>
    </message>
    <message>
        <source>The cut-out has a loose fragment apart from the product (specks of background or another object). Photograph the product alone on a plain, light background that contrasts with it, with nothing else in the frame.</source>
        <translation>切り抜きに、商品から離れたかけらが 1 つあります (背景の斑点や別の物)。商品と対照的な明るい無地の背景で、ほかに何も写らないようにして商品だけを撮ってください。</translation>
    </message>
    <message>
        <source>The cut-out has {count} loose fragments apart from the product (specks of background or another object). Photograph the product alone on a plain, light background that contrasts with it, with nothing else in the frame.</source>
        <translation>切り抜きに、商品から離れたかけらが {count} 個あります (背景の斑点や別の物)。商品と対照的な明るい無地の背景で、ほかに何も写らないようにして商品だけを撮ってください。</translation>
    </message>
    <message>
        <source>The image has a separate small piece beside the product (a speck or another object): Amazon&apos;s main image shows the product alone. Regenerate it, or use a photo with nothing else in the frame.</source>
        <translation>画像の商品の横に、離れた小さな部分が 1 つあります (斑点や別の物)。Amazon のメイン画像には商品だけを写します。画像を再生成するか、ほかに何も写っていない写真を使ってください。</translation>
    </message>
    <message>
        <source>The image has {count} separate small pieces beside the product (a speck or another object): Amazon&apos;s main image shows the product alone. Regenerate it, or use a photo with nothing else in the frame.</source>
        <translation>画像の商品の横に、離れた小さな部分が {count} 個あります (斑点や別の物)。Amazon のメイン画像には商品だけを写します。画像を再生成するか、ほかに何も写っていない写真を使ってください。</translation>
    </message>
    <message>
        <source>The product is cut off by the photo&apos;s {sides} edge: Amazon&apos;s main image must show the whole product. Take the photo with space around all of it.</source>
        <translation>商品が写真の{sides}で切れています。Amazon のメイン画像には商品全体が写っている必要があります。商品の周りに余白を取って撮影してください。</translation>
    </message>
    <message>
        <source>The product is cut off by the photo&apos;s {sides} edges: Amazon&apos;s main image must show the whole product. Take the photo with space around all of it.</source>
        <translation>商品が写真の{sides}で切れています。Amazon のメイン画像には商品全体が写っている必要があります。商品の周りに余白を取って撮影してください。</translation>
    </message>
    <message>
        <source>The product is cut off by the image&apos;s {sides} edge: Amazon&apos;s main image must show the whole product. Take the photo with space around all of it.</source>
        <translation>商品が画像の{sides}で切れています。Amazon のメイン画像には商品全体が写っている必要があります。商品の周りに余白を取って撮影してください。</translation>
    </message>
    <message>
        <source>The product is cut off by the image&apos;s {sides} edges: Amazon&apos;s main image must show the whole product. Take the photo with space around all of it.</source>
        <translation>商品が画像の{sides}で切れています。Amazon のメイン画像には商品全体が写っている必要があります。商品の周りに余白を取って撮影してください。</translation>
    </message>
    <message>
        <source>top</source>
        <translation>上端</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>下端</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左端</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右端</translation>
    </message>
    <message>
        <source>The API answer was nested too deeply to read.</source>
        <translation>API の応答の入れ子が深すぎて読み取れませんでした。</translation>
    </message>
    <message>
        <source>The API answer did not have the expected shape.</source>
        <translation>API の応答が想定した形式ではありませんでした。</translation>
    </message>
    <message>
        <source>Unexpected error while calling Gemini: {name}</source>
        <translation>Gemini の呼び出し中に予期しないエラーが発生しました: {name}</translation>
    </message>
    <message>
        <source>{headline}: an HTML page ({title}) instead of a Gemini API answer.</source>
        <translation>{headline}: Gemini API の応答ではなく HTML ページ ({title}) が返りました。</translation>
    </message>
    <message>
        <source>An HTML page ({title}) came back instead of a Gemini API answer.</source>
        <translation>Gemini API の応答ではなく HTML ページ ({title}) が返りました。</translation>
    </message>
    <message>
        <source>The prompt was blocked ({block}).</source>
        <translation>プロンプトがブロックされました ({block})。</translation>
    </message>
    <message>
        <source>The prompt was blocked ({block}). {message}</source>
        <translation>プロンプトがブロックされました ({block})。{message}</translation>
    </message>
    <message>
        <source>The model answered with text only: {answer}</source>
        <translation>モデルはテキストだけで応答しました: {answer}</translation>
    </message>
    <message>
        <source>The model answered with text only (finish reason {block}): {answer}</source>
        <translation>モデルはテキストだけで応答しました (終了理由 {block}): {answer}</translation>
    </message>
    <message>
        <source>{headline}: Quota used up.</source>
        <translation>{headline}: クォータを使い切りました。</translation>
    </message>
    <message>
        <source>{headline}: Quota used up ({quota}).</source>
        <translation>{headline}: クォータを使い切りました ({quota})。</translation>
    </message>
    <message>
        <source>{headline}: Quota used up. {message}</source>
        <translation>{headline}: クォータを使い切りました。{message}</translation>
    </message>
    <message>
        <source>{headline}: Quota used up ({quota}). {message}</source>
        <translation>{headline}: クォータを使い切りました ({quota})。{message}</translation>
    </message>
    <message>
        <source>{headline}: Rate limit reached.</source>
        <translation>{headline}: レート制限に達しました。</translation>
    </message>
    <message>
        <source>{headline}: Rate limit reached ({quota}).</source>
        <translation>{headline}: レート制限に達しました ({quota})。</translation>
    </message>
    <message>
        <source>{headline}: Rate limit reached. Retry in {seconds}s.</source>
        <translation>{headline}: レート制限に達しました。{seconds} 秒後に再試行します。</translation>
    </message>
    <message>
        <source>{headline}: Rate limit reached ({quota}). Retry in {seconds}s.</source>
        <translation>{headline}: レート制限に達しました ({quota})。{seconds} 秒後に再試行します。</translation>
    </message>
    <message>
        <source>{headline}: the Gemini endpoint answered with a redirect, so the address is not the API&apos;s. Check GOOGLE_GEMINI_BASE_URL (or the proxy it points to).</source>
        <translation>{headline}: Gemini のエンドポイントがリダイレクトを返しました。このアドレスは API のものではありません。GOOGLE_GEMINI_BASE_URL (またはその指すプロキシ) を確認してください。</translation>
    </message>
    <message>
        <source>{headline}: the Generative Language API is disabled for your key&apos;s project. Enable it at {link}, wait a few minutes, then run again.</source>
        <translation>{headline}: キーのプロジェクトで Generative Language API が無効になっています。{link} で有効にし、数分待ってからもう一度実行してください。</translation>
    </message>
    <message>
        <source>{headline}: the Generative Language API is disabled for your key&apos;s project. Enable it in the Google Cloud console, wait a few minutes, then run again.</source>
        <translation>{headline}: キーのプロジェクトで Generative Language API が無効になっています。Google Cloud コンソールで有効にし、数分待ってからもう一度実行してください。</translation>
    </message>
    <message>
        <source>{headline}: Google does not offer the Gemini API where this computer connects from. Use the offline studio backend, or a network in a supported country.</source>
        <translation>{headline}: このコンピューターの接続元では Google は Gemini API を提供していません。オフラインのスタジオ バックエンドか、対応している国のネットワークを使ってください。</translation>
    </message>
    <message>
        <source>{headline}: API key not valid. Set a valid key in Settings (or GEMINI_API_KEY).</source>
        <translation>{headline}: API キーが無効です。「設定」(または GEMINI_API_KEY) で有効なキーを設定してください。</translation>
    </message>
    <message>
        <source>could not connect.</source>
        <translation>接続できませんでした。</translation>
    </message>
    <message>
        <source>the server closed the connection without an answer.</source>
        <translation>サーバーが応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>the connection was reset.</source>
        <translation>接続がリセットされました。</translation>
    </message>
    <message>
        <source>the proxy refused the connection.</source>
        <translation>プロキシが接続を拒否しました。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid for this address ({detail}). Check GOOGLE_GEMINI_BASE_URL and your proxy settings.</source>
        <translation>サーバーの証明書はこのアドレスに対して有効ではありません ({detail})。GOOGLE_GEMINI_BASE_URL とプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is out of date ({detail}). Check this computer&apos;s date and time.</source>
        <translation>サーバーの証明書の有効期間外です ({detail})。このコンピューターの日付と時刻を確認してください。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted ({detail}). If your network uses an HTTPS-inspecting proxy, start Listing Genie with SSL_CERT_FILE set to the proxy&apos;s CA certificate (a PEM file).</source>
        <translation>サーバーの証明書が信頼されていません ({detail})。ネットワークで HTTPS を検査するプロキシを使っている場合は、SSL_CERT_FILE にプロキシの CA 証明書 (PEM ファイル) を指定して Listing Genie を起動してください。</translation>
    </message>
    <message>
        <source>Gemini did not answer within {seconds} s.</source>
        <translation>Gemini から {seconds} 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Model {model} cannot generate images.</source>
        <translation>モデル {model} は画像を生成できません。</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>Gemini の API キーが設定されていません。</translation>
    </message>
    <message>
        <source>The answer was {size} MB, far more than any image: refused.</source>
        <translation>応答は {size} MB で、どの画像よりもはるかに大きいため拒否しました。</translation>
    </message>
    <message>
        <source>The answer was far larger than any image: refused.</source>
        <translation>応答がどの画像よりもはるかに大きいため拒否しました。</translation>
    </message>
    <message>
        <source>{status} NOT_FOUND: the model {name} was retired by Google; use {replacement} instead.</source>
        <translation>{status} NOT_FOUND: モデル {name} は Google により提供終了になりました。代わりに {replacement} を使ってください。</translation>
    </message>
    <message>
        <source>{status} NOT_FOUND: the model {name} was retired by Google; choose another image model.</source>
        <translation>{status} NOT_FOUND: モデル {name} は Google により提供終了になりました。別の画像モデルを選んでください。</translation>
    </message>
    <message>
        <source>{status} NOT_FOUND: the model {name} is not served to this key (retired or unknown); use {replacement} instead.</source>
        <translation>{status} NOT_FOUND: モデル {name} はこのキーでは使えません (提供終了または不明)。代わりに {replacement} を使ってください。</translation>
    </message>
    <message>
        <source>{status} NOT_FOUND: the model {name} is not served to this key (retired or unknown); choose another image model.</source>
        <translation>{status} NOT_FOUND: モデル {name} はこのキーでは使えません (提供終了または不明)。別の画像モデルを選んでください。</translation>
    </message>
    <message>
        <source>Choose {replacement} as the model in Settings.</source>
        <translation>「設定」でモデルに {replacement} を選んでください。</translation>
    </message>
    <message>
        <source>Network error: the name {host} could not be resolved.</source>
        <translation>ネットワーク エラー: 名前 {host} を解決できませんでした。</translation>
    </message>
    <message>
        <source>Network error: {host}:{port} refused the connection.</source>
        <translation>ネットワーク エラー: {host}:{port} が接続を拒否しました。</translation>
    </message>
    <message>
        <source>Network error: there is no route to {host}.</source>
        <translation>ネットワーク エラー: {host} への経路がありません。</translation>
    </message>
    <message>
        <source>The reference photo could not be used by the studio renderer.</source>
        <translation>参照写真をスタジオ レンダラーで使えませんでした。</translation>
    </message>
    <message>
        <source>The studio renderer failed on {image}.</source>
        <translation>スタジオ レンダラーが {image} で失敗しました。</translation>
    </message>
    <message>
        <source>Not Amazon-ready: {image} image. Exporting is allowed, but Amazon may reject or suppress such an image.</source>
        <translation>Amazon の基準を満たしていません: {image} 画像。書き出しはできますが、Amazon がこのような画像を拒否したり非表示にしたりすることがあります。</translation>
    </message>
    <message>
        <source>Not Amazon-ready: {names}. Exporting is allowed, but Amazon may reject or suppress such an image.</source>
        <translation>Amazon の基準を満たしていません: {names}。書き出しはできますが、Amazon がこのような画像を拒否したり非表示にしたりすることがあります。</translation>
    </message>
    <message>
        <source>It breaks one of Amazon&apos;s image rules.</source>
        <translation>Amazon の画像ルールのいずれかに違反しています。</translation>
    </message>
    <message>
        <source>Not exported: {names}, made by another version of the app; this one has no Amazon code for it.</source>
        <translation>書き出していません: {names}。別のバージョンのアプリで作成されたもので、このバージョンには対応する Amazon コードがありません。</translation>
    </message>
    <message>
        <source>Photo is {width} x {height} px; Amazon zoom needs {limit} px on the longest side, so details may look soft.</source>
        <translation>写真は {width} × {height} px です。Amazon のズームには長辺 {limit} px が必要なため、細部がぼやけて見えることがあります。</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>表の見出し</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>自社の列</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>比較対象の列</translation>
    </message>
    <message>
        <source>Callout {number}</source>
        <translation>注記 {number}</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>行 {number}</translation>
    </message>
    <message>
        <source>Lacks {number}</source>
        <translation>比較対象にないもの {number}</translation>
    </message>
    <message>
        <source>Gemini (Google image model)</source>
        <translation>Gemini (Google の画像モデル)</translation>
    </message>
    <message>
        <source>Studio (offline renderer)</source>
        <translation>スタジオ (オフライン レンダラー)</translation>
    </message>
    <message>
        <source>Not saved: the disk holding {folder} was full</source>
        <translation>保存されていません: {folder} のあるディスクがいっぱいでした</translation>
    </message>
    <message>
        <source>Not saved: {folder} could not be written</source>
        <translation>保存されていません: {folder} に書き込めませんでした</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded ({name}).</source>
        <translation>応答の画像をデコードできませんでした ({name})。</translation>
    </message>
    <message>
        <source>The image in the answer is {width} x {height} px: refused.</source>
        <translation>応答の画像は {width} × {height} px のため拒否しました。</translation>
    </message>
    <message>
        <source>The {image} image has no texts to edit (Amazon allows no text on it).</source>
        <translation>{image} 画像には編集できるテキストがありません (Amazon ではこの画像に文字を入れられません)。</translation>
    </message>
    <message>
        <source>The {image} image has no texts to edit (no text was drawn on it).</source>
        <translation>{image} 画像には編集できるテキストがありません (文字が描かれていません)。</translation>
    </message>
    <message>
        <source>Only images drawn by the studio renderer come from a cut-out that can be touched up.</source>
        <translation>手直しできる切り抜きがあるのは、スタジオ レンダラーで描いた画像だけです。</translation>
    </message>
    <message>
        <source>Compared with, feature {number}</source>
        <translation>特長 {number} の比較</translation>
    </message>
    <message>
        <source>A &quot;compared with&quot; text</source>
        <translation>比較のテキスト</translation>
    </message>
    <message>
        <source>{count} &quot;compared with&quot; texts for {features} features: give at most one per feature.</source>
        <translation>{features} 個の特長に対して比較のテキストが {count} 個あります。特長ごとに 1 つまでにしてください。</translation>
    </message>
    <message>
        <source>Feature {number} is empty: say the feature before what the alternative lacks.</source>
        <translation>特長 {number} が空です。代替品に欠けている点より先に、特長を書いてください。</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>{field}をクリア</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message>
        <source>Unknown backend '{requested}': use {names}.</source>
        <translation>不明なバックエンド「{requested}」です。{names} のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The model {model} was retired by Google: {instead}, its replacement, is used instead.</source>
        <translation>モデル {model} は Google により提供が終了しました。代わりに後継の {instead} を使います。</translation>
    </message>
    <message>
        <source>The model {model} was retired by Google: use {instead} instead.</source>
        <translation>モデル {model} は Google により提供が終了しました。代わりに {instead} を使ってください。</translation>
    </message>
    <message>
        <source>The model {model} is not served to this key: use {instead} instead.</source>
        <translation>モデル {model} はこのキーでは使えません。代わりに {instead} を使ってください。</translation>
    </message>
    <message>
        <source>The model {model} was retired by Google: {instead}, the recommended one, is used instead.</source>
        <translation>モデル {model} は Google により提供が終了しました。代わりに推奨の {instead} を使います。</translation>
    </message>
    <message>
        <source>The model {model} is not served to this key: {instead}, the recommended one, is used instead.</source>
        <translation>モデル {model} はこのキーでは使えません。代わりに推奨の {instead} を使います。</translation>
    </message>
    <message>
        <source>The models of this key could not be listed ({problem}): the last list is used.</source>
        <translation>このキーのモデルを一覧にできませんでした ({problem})。前回の一覧を使います。</translation>
    </message>
    <message>
        <source>The models of this key could not be listed ({problem}): {model} is checked before the first image.</source>
        <translation>このキーのモデルを一覧にできませんでした ({problem})。最初の画像の前に {model} を確認します。</translation>
    </message>
    <message>
        <source>{unreachable} could not be reached ({problem}): {label} is used instead.</source>
        <translation>{unreachable} に接続できませんでした ({problem})。代わりに {label} を使います。</translation>
    </message>
    <message>
        <source>an HTML page ({title}) instead of a Gemini API answer.</source>
        <translation>Gemini API の応答ではなく HTML ページ ({title}) が返されました。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Give 1 to {most} photos of the product (got {count}).</source>
        <translation>商品の写真を 1〜{most} 枚指定してください (指定: {count} 枚)。</translation>
    </message>
</context>
</TS>
