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
        <location filename="../../ui/reference_picker.py" line="+64"/>
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
        <location filename="../../ui/image_card.py" line="+160"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/i18n.py" line="+148"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/settings_dialog.py" line="+163"/>
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
        <location filename="../../ui/form.py" line="+59"/>
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
        <location filename="../../ui/history_model.py" line="+37"/>
        <location filename="../../ui/history_panel.py" line="+45"/>
        <location filename="../../ui/i18n.py" line="-12"/>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <source>Partial</source>
        <translation>一部完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted: resumable</source>
        <translation>中断: 再開可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/i18n.py" line="-4"/>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+0"/>
        <source>No session matches.</source>
        <translation>一致するセッションはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="-38"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+1"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+176"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location line="-175"/>
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
        <location line="+83"/>
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
        <location filename="../../ui/main_window.py" line="+51"/>
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
        <location line="+19"/>
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
        <location line="+89"/>
        <source>Drop a photo here</source>
        <translation>ここに写真をドロップ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The photo could not be opened ({kind}).</source>
        <translation>写真を開けませんでした ({kind})。</translation>
    </message>
    <message>
        <location filename="../../ui/other_photos.py" line="+34"/>
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
        <location line="+21"/>
        <location filename="../../ui/reference_picker.py" line="+27"/>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../../ui/settings_dialog.py" line="-116"/>
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
        <source>The window&apos;s language; it changes when the window next opens</source>
        <translation>ウィンドウの言語。次にウィンドウを開いたときに切り替わります</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+53"/>
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
        <location filename="../../ui/state.py" line="+56"/>
        <source>Cancelled before it was finished: Retry failed makes it.</source>
        <translation>完了前にキャンセルされました。「失敗分を再試行」で生成します。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Attempt {number} of {total}</source>
        <translation>試行 {number}/{total}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location line="+151"/>
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
        <location line="+72"/>
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
        <location filename="../../ui/window_dialogs.py" line="+54"/>
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
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
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
</context>
</TS>
