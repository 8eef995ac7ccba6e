<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/banner.py" line="+42"/>
        <source>Fill in the product and choose a photo, then Generate (Ctrl+Enter).</source>
        <translation>Produkt ausfüllen und ein Foto wählen, dann Erzeugen (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the images that did not complete</source>
        <translation>Die nicht fertigen Bilder erneut erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the images with Amazon file names</source>
        <translation>Die Bilder mit Amazon-Dateinamen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy diagnostics</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy diagnostics to the clipboard</source>
        <translation>Diagnose in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Retry with…</source>
        <translation>Wiederholen mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed with another backend…</source>
        <translation>Fehlgeschlagene mit einem anderen Backend wiederholen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the images that did not complete with another backend</source>
        <translation>Die nicht fertigen Bilder mit einem anderen Backend wiederholen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="+55"/>
        <source>Listing Genie: unexpected error</source>
        <translation>Listing Genie: unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technical details of the error</source>
        <translation>Technische Details des Fehlers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The traceback and versions, without the API key</source>
        <translation>Traceback und Versionen, ohne den API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the error&apos;s details to the clipboard</source>
        <translation>Die Details des Fehlers in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/image_viewer.py" line="+103"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n more unexpected error(s) since; the log has them all.</source>
        <translation>
            <numerusform>Seitdem %n weiterer unerwarteter Fehler; das Protokoll enthält alle.</numerusform>
            <numerusform>Seitdem %n weitere unerwartete Fehler; das Protokoll enthält alle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>an action of the window</source>
        <translation>einer Aktion des Fensters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Listing Genie ({kind} in {where}): {message}</source>
        <translation>In Listing Genie ist etwas schiefgegangen ({kind} in {where}): {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The window still works; finished images are kept.</source>
        <translation>Das Fenster funktioniert weiter; fertige Bilder bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="+31"/>
        <source>JPEG (Amazon&apos;s preferred)</source>
        <translation>JPEG (von Amazon bevorzugt)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export images</source>
        <translation>Bilder exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n image(s) with Amazon&apos;s upload names ({slots}).</source>
        <translation>
            <numerusform>%n Bild mit Amazons Upload-Namen ({slots}).</numerusform>
            <numerusform>%n Bilder mit Amazons Upload-Namen ({slots}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/reference_picker.py" line="+65"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the export folder</source>
        <translation>Den Exportordner wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKU (the start of every file name)</source>
        <translation>SKU (der Anfang jedes Dateinamens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your seller SKU. Defaults to the product title; file names are SKU.MAIN.jpg …</source>
        <translation>Ihre Verkäufer-SKU. Standard ist der Produkttitel; Dateinamen sind SKU.MAIN.jpg …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image format</source>
        <translation>Bildformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also make a ZIP of the files</source>
        <translation>Zusätzlich ein ZIP der Dateien erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/image_card.py" line="+170"/>
        <source>Folder</source>
        <translation>Ordner</translation>
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
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/settings_dialog.py" line="+168"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Files: {first}, {second} …</source>
        <translation>Dateien: {first}, {second} …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the images to</source>
        <translation>Die Bilder exportieren nach</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="+60"/>
        <source>Product title</source>
        <translation>Produkttitel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Insulated Steel Bottle</source>
        <translation>z. B. Isolierte Stahlflasche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key features</source>
        <translation>Hauptmerkmale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feature {n} (required)</source>
        <translation>Merkmal {n} (Pflicht)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feature {n} (optional)</source>
        <translation>Merkmal {n} (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key feature {n}</source>
        <translation>Hauptmerkmal {n}</translation>
    </message>
    <message>
        <source>Compared with (optional): what a typical alternative lacks</source>
        <translation>Im Vergleich (optional): was einer typischen Alternative fehlt</translation>
    </message>
    <message>
        <source>Compared with, for feature {n}</source>
        <translation>Im Vergleich, zu Merkmal {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/product.py" line="+19"/>
        <source>Target audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. hikers and commuters</source>
        <translation>z. B. Wanderer und Pendler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language on the images</source>
        <translation>Sprache auf den Bildern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the labels drawn on the images</source>
        <translation>Sprache der auf die Bilder gezeichneten Beschriftungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected: English</source>
        <translation>Erkannt: English</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search keywords</source>
        <translation>Suchbegriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line. Add =intent,intent to say what a keyword is about, or use the chips.</source>
        <translation>Einer pro Zeile. Mit =Absicht,Absicht sagen, worum es bei einem Begriff geht, oder die Chips nutzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>durable water bottle
gym bottle=use_case,durability</source>
        <translation>robuste Trinkflasche
Fitness-Flasche=use_case,durability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keywords, one a line</source>
        <translation>Suchbegriffe, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference photo</source>
        <translation>Referenzfoto</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>At most {limit} characters</source>
        <translation>Höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Detected: {language}</source>
        <translation>Erkannt: {language}</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_model.py" line="-1"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images done</source>
        <translation>Bilder fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid: not generated</source>
        <translation>Ungültig: nicht erzeugt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/history_model.py" line="+37"/>
        <location filename="../../ui/history_panel.py" line="+45"/>
        <location filename="../../ui/i18n.py" line="-12"/>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <source>Interrupted: resumable</source>
        <translation>Unterbrochen: fortsetzbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rate} images/min</source>
        <translation>{rate} Bilder/min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pace not known yet</source>
        <translation>Tempo noch unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, about {duration} left</source>
        <translation>, noch etwa {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {count} failed</source>
        <translation>, {count} fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done}/{total} products, {images} images{failed}; {pace}{eta}</source>
        <translation>{done}/{total} Produkte, {images} Bilder{failed}; {pace}{eta}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row {row}, {sku}, {title}: {status}, {done} of {total} images.</source>
        <translation>Zeile {row}, {sku}, {title}: {status}, {done} von {total} Bildern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no title</source>
        <translation>kein Titel</translation>
    </message>
    <message>
        <location line="-67"/>
        <location filename="../../ui/history_model.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="-4"/>
        <source>Generating</source>
        <translation>Wird erzeugt</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="+1"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{status}: MAIN not Amazon-ready</source>
        <translation>{status}: MAIN nicht Amazon-tauglich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This month: {cost}</source>
        <translation>Diesen Monat: {cost}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} (+{n} of unknown cost)</source>
        <translation>{total} (+{n} mit unbekannten Kosten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}. {status}, {done} of {total} images{cost}, {date}</source>
        <translation>{title}. {status}, {done} von {total} Bildern{cost}, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.py" line="-4"/>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/i18n.py" line="+5"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../../ui/window_layout.py" line="+120"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new session</source>
        <translation>Eine neue Sitzung beginnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by title</source>
        <translation>Nach Titel suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history by title</source>
        <translation>Den Verlauf nach Titel durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show sessions with this status</source>
        <translation>Sitzungen mit diesem Status zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past sessions, newest first</source>
        <translation>Frühere Sitzungen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+60"/>
        <source>No sessions yet. Your generated listings appear here.</source>
        <translation>Noch keine Sitzungen. Ihre erzeugten Angebote erscheinen hier.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Estimated from the usage the API reported, at the model&apos;s (or your own) price</source>
        <translation>Geschätzt aus der von der API gemeldeten Nutzung, zum Preis des Modells (oder Ihrem eigenen)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No session matches.</source>
        <translation>Keine Sitzung passt.</translation>
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
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Main</source>
        <translation>Hauptbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infographic 1</source>
        <translation>Infografik 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infographic 2</source>
        <translation>Infografik 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifestyle</source>
        <translation>Lifestyle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>durable</source>
        <translation>robust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use case</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solves a problem</source>
        <translation>löst ein Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The output size asked of models that take one</source>
        <translation>Die Ausgabegröße, die bei Modellen angefordert wird, die eine annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images generated at the same time</source>
        <translation>Gleichzeitig erzeugte Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries after a failed attempt</source>
        <translation>Wiederholungen nach einem fehlgeschlagenen Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds one attempt may wait for its answer</source>
        <translation>Sekunden, die ein Versuch auf seine Antwort warten darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD the month&apos;s runs may cost, estimated from the usage the API reports (0: no budget)</source>
        <translation>USD, die die Läufe eines Monats kosten dürfen, geschätzt aus der von der API gemeldeten Nutzung (0: kein Budget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own price per image (USD) for a model, used instead of the list price</source>
        <translation>Ihr eigener Preis pro Bild (USD) für ein Modell, statt des Listenpreises verwendet</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_model.py" line="-1"/>
        <location filename="../../ui/i18n.py" line="-24"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="+2"/>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output size</source>
        <translation>Ausgabegröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images at once</source>
        <translation>Bilder gleichzeitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries per image</source>
        <translation>Wiederholungen pro Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt timeout</source>
        <translation>Zeitlimit pro Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../ui/image_card.py" line="-130"/>
        <source>Amazon-ready: pure-white background, the product filling about 85% of the frame, a clean cut-out (no background or shadow left in it, no holes or specks, a smooth outline, the whole product in frame) and enough real resolution for Amazon&apos;s zoom.</source>
        <translation>Amazon-tauglich: rein weißer Hintergrund, das Produkt füllt etwa 85 % des Bildes, ein sauberer Freisteller (kein Hintergrund oder Schatten darin, keine Löcher oder Flecken, eine glatte Kontur, das ganze Produkt im Bild) und genug echte Auflösung für Amazons Zoom.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Product alone on pure white</source>
        <translation>Produkt allein auf reinem Weiß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key features, called out</source>
        <translation>Hauptmerkmale, hervorgehoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits and details</source>
        <translation>Vorteile und Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product in use</source>
        <translation>Das Produkt im Einsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this one</source>
        <translation>Warum dieses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating… {seconds} s</source>
        <translation>Wird erzeugt… {seconds} s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retrying in {seconds} s</source>
        <translation>Neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying now…</source>
        <translation>Neuer Versuch läuft…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{image} image</source>
        <translation>Bild {image}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{image} preview</source>
        <translation>Vorschau {image}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical details of the {image} image</source>
        <translation>Technische Details des Bildes {image}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit texts</source>
        <translation>Texte bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the words on this image; it is drawn again, no new generation</source>
        <translation>Die Wörter auf diesem Bild ändern; es wird neu gezeichnet, ohne neue Generierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the texts of the {image} image</source>
        <translation>Die Texte des Bildes {image} bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+180"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Regenerate the {image} image</source>
        <translation>Das Bild {image} neu erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the full-size image, its versions and the reference photo</source>
        <translation>Das Bild in voller Größe ansehen, mit seinen Versionen und dem Referenzfoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the {image} image full size</source>
        <translation>Das Bild {image} in voller Größe öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the file in its folder</source>
        <translation>Die Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {image} image in its folder</source>
        <translation>Das Bild {image} in seinem Ordner zeigen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Amazon-ready</source>
        <translation>Amazon-tauglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Not Amazon-ready</source>
        <translation>Nicht Amazon-tauglich</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not Amazon-ready:</source>
        <translation>Nicht Amazon-tauglich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon-ready: meets Amazon&apos;s main-image rules</source>
        <translation>Amazon-tauglich: erfüllt Amazons Regeln für Hauptbilder</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Waiting to retry…</source>
        <translation>Wartet auf neuen Versuch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image yet</source>
        <translation>Noch kein Bild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image file missing</source>
        <translation>Bilddatei fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/image_viewer.py" line="+65"/>
        <location filename="../../ui/reference_picker.py" line="+92"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
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
        <translation>Verlauf wird geöffnet…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Catalogues…</source>
        <translation>Kataloge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the catalogue view</source>
        <translation>Die Katalogansicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many products from one product file</source>
        <translation>Viele Produkte aus einer Produktdatei</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/window_layout.py" line="+7"/>
        <location line="+75"/>
        <source>New listing</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_layout.py" line="-72"/>
        <location line="+78"/>
        <source>Listing images</source>
        <translation>Angebotsbilder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session details</source>
        <translation>Details der Sitzung</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” and its image files? This cannot be undone.</source>
        <translation>„{title}“ und seine Bilddateien löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No application could open {path}</source>
        <translation>Keine Anwendung konnte {path} öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not show {path} in its folder</source>
        <translation>{path} konnte nicht in seinem Ordner gezeigt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Diagnostics copied to the clipboard (no API key included).</source>
        <translation>Diagnose in die Zwischenablage kopiert (ohne API-Schlüssel).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run finished: {summary}.</source>
        <translation>Lauf beendet: {summary}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing Genie: run finished</source>
        <translation>Listing Genie: Lauf beendet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop generating?</source>
        <translation>Erzeugung stoppen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images are still being generated. Stop now and close? Finished images are kept, and Retry failed finishes the rest later.</source>
        <translation>Es werden noch Bilder erzeugt. Jetzt stoppen und schließen? Fertige Bilder bleiben erhalten, und „Fehlgeschlagene wiederholen“ erledigt den Rest später.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop and close</source>
        <translation>Stoppen und schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep generating</source>
        <translation>Weiter erzeugen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing…</source>
        <translation>Wird geschlossen…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_picker.py" line="-121"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reference photo of the product.</source>
        <translation>Ein Referenzfoto des Produkts wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG, PNG or WebP. 1000 px or more on the longest side lets Amazon zoom.</source>
        <translation>JPEG, PNG oder WebP. Ab 1000 px an der längsten Seite kann Amazon zoomen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the reference photo…</source>
        <translation>Referenzfoto wird geladen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Path of the product photo</source>
        <translation>Pfad des Produktfotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo path</source>
        <translation>Pfad des Referenzfotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the reference photo</source>
        <translation>Nach dem Referenzfoto suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+83"/>
        <location line="+6"/>
        <source>Drop a photo here</source>
        <translation>Foto hier ablegen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The photo could not be opened ({kind}).</source>
        <translation>Das Foto konnte nicht geöffnet werden ({kind}).</translation>
    </message>
    <message>
        <location filename="../../ui/other_photos.py" line="+35"/>
        <source>More photos (optional): the back with its label, a detail. Gemini sees them all (as many as the model takes, the main one first); the studio draws MAIN from the one it can cut out best.</source>
        <translation>Weitere Fotos (optional): die Rückseite mit Etikett, ein Detail. Gemini sieht sie alle (so viele, wie das Modell nimmt, das Hauptfoto zuerst); das Studio zeichnet MAIN aus dem Foto, das es am besten freistellen kann.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move photo {n} up</source>
        <translation>Foto {n} nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo {n}</source>
        <translation>Foto {n} entfernen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+23"/>
        <location filename="../../ui/reference_picker.py" line="+27"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The photo could not be opened ({kind}, {name}).</source>
        <translation>Das Foto konnte nicht geöffnet werden ({kind}, {name}).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add a photo…</source>
        <translation>Foto hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another photo of the product</source>
        <translation>Ein weiteres Foto des Produkts hinzufügen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add photos of the product</source>
        <translation>Fotos des Produkts hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/reference_picker.py" line="+17"/>
        <source>Choose the reference photo</source>
        <translation>Das Referenzfoto wählen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-124"/>
        <source>A new language applies when you restart Listing Genie.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Listing Genie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+88"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../ui/window_layout.py" line="+4"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic (Gemini when a key is set, else Studio)</source>
        <translation>Automatisch (Gemini mit Schlüssel, sonst Studio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste a Gemini API key</source>
        <translation>Einen Gemini-API-Schlüssel einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemini API key</source>
        <translation>Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks Gemini whether the key (typed above, else the saved one) can use the model</source>
        <translation>Fragt Gemini, ob der Schlüssel (der oben eingegebene, sonst der gespeicherte) das Modell nutzen darf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gemini image model</source>
        <translation>Gemini-Bildmodell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the image models the key can use again</source>
        <translation>Listet die Bildmodelle, die der Schlüssel nutzen darf, erneut auf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the listing text on infographics myself</source>
        <translation>Den Angebotstext selbst auf die Infografiken zeichnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The window&apos;s language</source>
        <translation>Die Sprache des Fensters</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation</source>
        <translation>Erzeugung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Recommended: {name}</source>
        <translation>Empfohlen: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recommended model of the key</source>
        <translation>Das empfohlene Modell des Schlüssels</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Runs use the best model the key can use ({name}: {about}).</source>
        <translation>Läufe nutzen das beste Modell des Schlüssels ({name}: {about}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs use the best model the key can use.</source>
        <translation>Läufe nutzen das beste Modell des Schlüssels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not among the models this key can use: runs will refuse it.</source>
        <translation>{name} gehört nicht zu den Modellen dieses Schlüssels: Läufe lehnen es ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key&apos;s models have not been listed yet.</source>
        <translation>Die Modelle des Schlüssels wurden noch nicht abgefragt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>one size</source>
        <translation>eine Größe</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>up to %n photo(s)</source>
        <translation>
            <numerusform>bis zu %n Foto</numerusform>
            <numerusform>bis zu %n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/state.py" line="+57"/>
        <source>Cancelled before it was finished: Retry failed makes it.</source>
        <translation>Vor dem Ende abgebrochen: „Fehlgeschlagene wiederholen“ erzeugt es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: the app stopped during this run.</source>
        <translation>Unterbrochen: Die App wurde während dieses Laufs beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed finishes it.</source>
        <translation>„Fehlgeschlagene wiederholen“ stellt ihn fertig.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+34"/>
        <source>Attempt {number} of {total}</source>
        <translation>Versuch {number} von {total}</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alternative: {variant}</source>
        <translation>Alternative: {variant}</translation>
    </message>
    <message>
        <location filename="../../core/cost.py" line="+23"/>
        <source>Estimated cost {cost}.</source>
        <translation>Geschätzte Kosten {cost}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated cost unknown.</source>
        <translation>Geschätzte Kosten unbekannt.</translation>
    </message>
    <message>
        <location filename="../../ui/state.py" line="+152"/>
        <source>Generating: {done} of {total} images ready</source>
        <translation>Wird erzeugt: {done} von {total} Bildern fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service asked to slow down: pausing new requests for {seconds} s.</source>
        <translation>Der Dienst bat um Drosselung: neue Anfragen pausieren {seconds} s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not start</source>
        <translation>Konnte nicht starten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{done} of {total} images ready.</source>
        <translation>{done} von {total} Bildern fertig.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../core/outcome.py" line="+52"/>
        <source>{done} of {total} images ready</source>
        <translation>{done} von {total} Bildern fertig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: {ready}</source>
        <translation>Abgebrochen: {ready}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed finishes the rest.</source>
        <translation>„Fehlgeschlagene wiederholen“ erledigt den Rest.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{names} failed: {message} ({kind}).</source>
        <translation>{names} fehlgeschlagen: {message} ({kind}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No images were generated</source>
        <translation>Es wurden keine Bilder erzeugt</translation>
    </message>
    <message>
        <location filename="../../ui/window_dialogs.py" line="-14"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The estimate is images x the model&apos;s price per image; Settings holds the budget.</source>
        <translation>Die Schätzung ist Bilder × Preis des Modells pro Bild; das Budget steht in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Exporting to {folder}…</source>
        <translation>Export nach {folder}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace existing files?</source>
        <translation>Vorhandene Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) already exist in {folder}: {listed}.</source>
        <translation>
            <numerusform>%n Datei existiert bereits in {folder}: {listed}.</numerusform>
            <numerusform>%n Dateien existieren bereits in {folder}: {listed}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace them with this export? Files of an earlier export of this SKU that this one does not include are removed too, so the folder never mixes two exports.</source>
        <translation>Durch diesen Export ersetzen? Dateien eines früheren Exports dieser SKU, die dieser nicht enthält, werden ebenfalls entfernt, damit der Ordner nie zwei Exporte mischt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export cancelled: the existing files were left as they were.</source>
        <translation>Export abgebrochen: die vorhandenen Dateien blieben unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n image(s) to {folder}</source>
        <translation>
            <numerusform>%n Bild nach {folder} exportiert</numerusform>
            <numerusform>%n Bilder nach {folder} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files {sku}.MAIN … with manifest.json and a ZIP.</source>
        <translation>Dateien {sku}.MAIN … mit manifest.json und einem ZIP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files {sku}.MAIN … with manifest.json.</source>
        <translation>Dateien {sku}.MAIN … mit manifest.json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="-91"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Form problem</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate the five listing images</source>
        <translation>Die fünf Angebotsbilder erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate the five images (Ctrl+Enter)</source>
        <translation>Die fünf Bilder erzeugen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="+45"/>
        <source>Product files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Produktdateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing Genie: catalogues</source>
        <translation>Listing Genie: Kataloge</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No catalogue yet: import a product file</source>
        <translation>Noch kein Katalog: Importieren Sie eine Produktdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+76"/>
        <source>Import a product file</source>
        <translation>Eine Produktdatei importieren</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Save template…</source>
        <translation>Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+81"/>
        <source>Save the product file template</source>
        <translation>Die Vorlage für Produktdateien speichern</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+165"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Generate every product not complete</source>
        <translation>Jedes nicht fertige Produkt erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Finish the products in flight, start no new one</source>
        <translation>Die laufenden Produkte fertigstellen, kein neues beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/window_layout.py" line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop now, keeping what is finished</source>
        <translation>Jetzt stoppen, Fertiges bleibt erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue shown</source>
        <translation>Angezeigter Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogues in the history</source>
        <translation>Kataloge im Verlauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows that will not be generated</source>
        <translation>Zeilen, die nicht erzeugt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products done</source>
        <translation>Fertige Produkte</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n row(s) will not be generated (listed below); fix the file and import it again, or Run the others.</source>
        <translation>
            <numerusform>%n Zeile wird nicht erzeugt (unten aufgeführt); korrigieren Sie die Datei und importieren Sie sie erneut, oder erzeugen Sie mit „Ausführen“ die übrigen.</numerusform>
            <numerusform>%n Zeilen werden nicht erzeugt (unten aufgeführt); korrigieren Sie die Datei und importieren Sie sie erneut, oder erzeugen Sie mit „Ausführen“ die übrigen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{complete} of {valid} products complete, {partial} partial, {failed} failed, {invalid} invalid</source>
        <translation>{complete} von {valid} Produkten fertig, {partial} teilweise, {failed} fehlgeschlagen, {invalid} ungültig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paused: the API&apos;s daily quota is used up. It resets {when}; the catalogue goes on by itself then while this window is open, or press Resume to try now.</source>
        <translation>Pausiert: Das Tageskontingent der API ist aufgebraucht. Es wird am {when} zurückgesetzt; dann läuft der Katalog von selbst weiter, solange dieses Fenster offen ist, oder drücken Sie „Fortsetzen“, um es jetzt zu versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused. Resume goes on with the products not complete.</source>
        <translation>Pausiert. „Fortsetzen“ macht mit den nicht fertigen Produkten weiter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausing…</source>
        <translation>Wird pausiert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {row} is not generated: {problems}.</source>
        <translation>Zeile {row} wird nicht erzeugt: {problems}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row} has no session yet: Run makes it.</source>
        <translation>Zeile {row} hat noch keine Sitzung: „Ausführen“ erzeugt sie.</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="+0"/>
        <source>Cancel the generation, keeping finished images</source>
        <translation>Die Erzeugung abbrechen, fertige Bilder behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate as new</source>
        <translation>Als neu duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this session into a new, editable form</source>
        <translation>Diese Sitzung in ein neues, bearbeitbares Formular kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this session and its files</source>
        <translation>Diese Sitzung und ihre Dateien löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>etwa {cost}</translation>
    </message>
    <message>
        <source>Retry with {model}</source>
        <translation>Erneut mit {model}</translation>
    </message>
    <message>
        <source>{old} is no longer served: Retry uses {new}, the recommended model.</source>
        <translation>{old} wird nicht mehr angeboten: Erneut versuchen verwendet {new}, das empfohlene Modell.</translation>
    </message>
    <message>
        <location filename="../../services.py" line="+49"/>
        <source>The API lists no image model for this key: use the studio backend.</source>
        <translation>Die API nennt für diesen Schlüssel kein Bildmodell: Nutzen Sie das Studio-Backend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session is being generated by another Listing Genie window or command.</source>
        <translation>Diese Sitzung wird gerade von einem anderen Listing-Genie-Fenster oder -Befehl erzeugt.</translation>
    </message>
    <message>
        <location filename="../../imaging/catalogue_photos.py" line="+76"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than {limit} MB</source>
        <translation>größer als {limit} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read ({reason})</source>
        <translation>nicht lesbar ({reason})</translation>
    </message>
    <message>
        <location filename="../../imaging/loading.py" line="+45"/>
        <source>Reference photo not found: {name}</source>
        <translation>Referenzfoto nicht gefunden: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is {size} MB; the limit is {limit} MB.</source>
        <translation>Das Referenzfoto hat {size} MB; erlaubt sind höchstens {limit} MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo could not be read: {reason}</source>
        <translation>Das Referenzfoto konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo file is empty (0 bytes).</source>
        <translation>Die Datei des Referenzfotos ist leer (0 Byte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is too large.</source>
        <translation>Das Referenzfoto ist zu groß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is damaged or incomplete; export it again and retry.</source>
        <translation>Das Referenzfoto ist beschädigt oder unvollständig; exportieren Sie es erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo declares too many pixels; the limit is {limit} megapixels.</source>
        <translation>Das Referenzfoto gibt zu viele Pixel an; erlaubt sind höchstens {limit} Megapixel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is not an image Listing Genie can read (use JPEG, PNG or WebP).</source>
        <translation>Das Referenzfoto ist kein Bild, das Listing Genie lesen kann (nutzen Sie JPEG, PNG oder WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo format {format} is not supported (use JPEG, PNG or WebP).</source>
        <translation>Das Format {format} des Referenzfotos wird nicht unterstützt (nutzen Sie JPEG, PNG oder WebP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference photo is {width} x {height} px; the limit is {limit} megapixels.</source>
        <translation>Das Referenzfoto hat {width} × {height} px; erlaubt sind höchstens {limit} Megapixel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference photo is {width} x {height} px: too small. Use a photo at least {limit} px on its shorter side.</source>
        <translation>Das Referenzfoto hat {width} × {height} px: zu klein. Nutzen Sie ein Foto mit mindestens {limit} px an der kürzeren Seite.</translation>
    </message>
    <message>
        <location filename="../../storage/records.py" line="+137"/>
        <source>The {image} image file {path} was deleted</source>
        <translation>Die Bilddatei {path} ({image}) wurde gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed makes it again.</source>
        <translation>„Fehlgeschlagene wiederholen“ erzeugt es neu.</translation>
    </message>
    <message>
        <location filename="../../backends/gemini_errors.py" line="+39"/>
        <source>The API answer was not valid JSON.</source>
        <translation>Die Antwort der API war kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model sent an empty answer (no candidates).</source>
        <translation>Das Modell hat eine leere Antwort geschickt (keine Kandidaten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image was blocked by the safety filter ({reason}).</source>
        <translation>Das Bild wurde vom Sicherheitsfilter blockiert ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model returned no image.</source>
        <translation>Das Modell hat kein Bild geliefert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model returned no image (finish reason {reason}).</source>
        <translation>Das Modell hat kein Bild geliefert (Abbruchgrund {reason}).</translation>
    </message>
    <message>
        <location filename="../../backends/registry.py" line="+171"/>
        <source>No Gemini API key: set GEMINI_API_KEY, save a key in Settings, or use the offline studio backend.</source>
        <translation>Kein Gemini-API-Schlüssel: Setzen Sie GEMINI_API_KEY, speichern Sie einen Schlüssel in den Einstellungen oder nutzen Sie das Offline-Studio-Backend.</translation>
    </message>
    <message>
        <location filename="../../backends/gemini_transport.py" line="+15"/>
        <source>No answer from Gemini in time ({name}).</source>
        <translation>Keine rechtzeitige Antwort von Gemini ({name}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error talking to Gemini: {reason}</source>
        <translation>Netzwerkfehler bei der Verbindung zu Gemini: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/attempts.py" line="+52"/>
        <source>{message}; {when}</source>
        <translation>{message}; {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled during the request.</source>
        <translation>Während der Anfrage abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer within the attempt timeout of {seconds} s.</source>
        <translation>Keine Antwort innerhalb des Zeitlimits von {seconds} s pro Versuch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error: {name}</source>
        <translation>Interner Fehler: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service asks to wait more than a day: try again tomorrow or later</source>
        <translation>der Dienst bittet, mehr als einen Tag zu warten: Versuchen Sie es morgen oder später erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service asks to wait {seconds} s</source>
        <translation>der Dienst bittet, {seconds} s zu warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service asks to wait {seconds} s: try again after {when}</source>
        <translation>der Dienst bittet, {seconds} s zu warten: Versuchen Sie es nach {when} Uhr erneut</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_model.py" line="-8"/>
        <location filename="../../core/product.py" line="-3"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../core/product.py" line="+1"/>
        <source>Feature {number}</source>
        <translation>Merkmal {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key feature</source>
        <translation>Ein Hauptmerkmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyword &apos;{phrase}&apos;</source>
        <translation>Suchbegriff „{phrase}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A keyword</source>
        <translation>Ein Suchbegriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least one key feature is required.</source>
        <translation>Mindestens ein Hauptmerkmal ist erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} key features, got {count}.</source>
        <translation>Höchstens {limit} Hauptmerkmale, angegeben sind {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} keywords, got {count}.</source>
        <translation>Höchstens {limit} Suchbegriffe, angegeben sind {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyword line &apos;{line}&apos; has intents but no keyword.</source>
        <translation>Die Zeile „{line}“ nennt Absichten, aber keinen Suchbegriff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown intent &apos;{intent}&apos; for keyword &apos;{phrase}&apos;: use {choices} or {last}.</source>
        <translation>Unbekannte Absicht „{intent}“ beim Suchbegriff „{phrase}“: Nutzen Sie {choices} oder {last}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} contains an invisible control character ({code}).</source>
        <translation>{label} enthält ein unsichtbares Steuerzeichen ({code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} contains an invalid character.</source>
        <translation>{label} enthält ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} is {count} characters; the limit is {limit}.</source>
        <translation>{label} hat {count} Zeichen; erlaubt sind höchstens {limit}.</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="+57"/>
        <source>Your API key was rejected: set a valid key in Settings (or GEMINI_API_KEY).</source>
        <translation>Ihr API-Schlüssel wurde abgelehnt: Hinterlegen Sie einen gültigen Schlüssel in den Einstellungen (oder GEMINI_API_KEY).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was not found: choose another image model in Settings.</source>
        <translation>Das Modell wurde nicht gefunden: Wählen Sie in den Einstellungen ein anderes Bildmodell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Gemini quota is used up: wait for it to reset, check billing, or use the offline studio backend.</source>
        <translation>Ihr Gemini-Kontingent ist aufgebraucht: Warten Sie, bis es zurückgesetzt wird, prüfen Sie die Abrechnung oder nutzen Sie das Offline-Studio-Backend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is rate limiting requests: try again in a minute.</source>
        <translation>Der Dienst drosselt die Anfragen: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was overloaded or failed: Retry failed usually works a little later.</source>
        <translation>Das Modell war überlastet oder ist ausgefallen: „Fehlgeschlagene wiederholen“ klappt meist etwas später.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model took too long to answer: retry, or raise the attempt timeout.</source>
        <translation>Das Modell hat zu lange gebraucht: Wiederholen Sie den Versuch oder erhöhen Sie das Zeitlimit pro Versuch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network failed: check your connection, or use the offline studio backend.</source>
        <translation>Das Netzwerk ist ausgefallen: Prüfen Sie Ihre Verbindung oder nutzen Sie das Offline-Studio-Backend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model&apos;s safety filter blocked this image: reword the features or use another photo.</source>
        <translation>Der Sicherheitsfilter des Modells hat dieses Bild blockiert: Formulieren Sie die Merkmale um oder nutzen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model answered without a usable image: Retry failed usually works.</source>
        <translation>Das Modell hat ohne brauchbares Bild geantwortet: „Fehlgeschlagene wiederholen“ klappt meistens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was refused as invalid: check the product text and photo.</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt: Prüfen Sie Produkttext und Foto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the highlighted input and try again.</source>
        <translation>Korrigieren Sie die markierte Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image could not be saved: free disk space or check the data folder&apos;s permissions.</source>
        <translation>Das Bild konnte nicht gespeichert werden: Geben Sie Speicherplatz frei oder prüfen Sie die Rechte des Datenordners.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: Retry failed finishes the rest.</source>
        <translation>Abgebrochen: „Fehlgeschlagene wiederholen“ erledigt den Rest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside Listing Genie: Copy diagnostics and report it.</source>
        <translation>In Listing Genie ist etwas schiefgelaufen: Kopieren Sie die Diagnose und melden Sie den Fehler.</translation>
    </message>
    <message>
        <location filename="../../core/cost.py" line="-4"/>
        <source>the monthly budget of {limit} is reached ({spent} this month), so no new image was started</source>
        <translation>das Monatsbudget von {limit} ist erreicht ({spent} in diesem Monat), daher wurde kein neues Bild begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise the monthly budget in Settings, or retry next month.</source>
        <translation>Erhöhen Sie das Monatsbudget in den Einstellungen oder versuchen Sie es nächsten Monat erneut.</translation>
    </message>
    <message>
        <location filename="../../core/pipeline.py" line="+43"/>
        <source>Cancelled before completion.</source>
        <translation>Vor dem Abschluss abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: {message}</source>
        <translation>Gestoppt: {message}</translation>
    </message>
    <message>
        <location filename="../../core/catalogue.py" line="+30"/>
        <source>The file has no {columns} column (its header is row {row}).</source>
        <translation>Die Datei hat keine Spalte {columns} (ihre Kopfzeile ist Zeile {row}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has a header but no product rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Produktzeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row} of the file cannot be read: {reason}.</source>
        <translation>Zeile {row} der Datei ist nicht lesbar: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a product file Listing Genie reads: the header should have the template&apos;s columns ({columns}), Amazon&apos;s item_sku and item_name, or Shopify&apos;s Handle and Title.</source>
        <translation>Das ist keine Produktdatei, die Listing Genie liest: Die Kopfzeile sollte die Spalten der Vorlage ({columns}) enthalten, Amazons item_sku und item_name oder Shopifys Handle und Title.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a SKU is required</source>
        <translation>eine SKU ist erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SKU is {count} characters; Amazon allows {limit}</source>
        <translation>die SKU hat {count} Zeichen; Amazon erlaubt {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SKU names the image files, so it cannot hold / \ : * ? &quot; &lt; &gt; | or controls</source>
        <translation>die SKU benennt die Bilddateien und darf daher weder / \ : * ? &quot; &lt; &gt; | noch Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU &apos;{sku}&apos; is also on row {row}</source>
        <translation>die SKU „{sku}“ steht auch in Zeile {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {limit} photos, got {count}</source>
        <translation>höchstens {limit} Fotos, angegeben sind {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a photo is required</source>
        <translation>ein Foto ist erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no photo named after &apos;{key}&apos; was found</source>
        <translation>kein Foto mit dem Namen „{key}“ gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_controller.py" line="+60"/>
        <source>Row {row} ({sku}): {problems}</source>
        <translation>Zeile {row} ({sku}): {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SKU</source>
        <translation>keine SKU</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The history is still opening; import again in a moment.</source>
        <translation>Der Verlauf wird noch geöffnet; importieren Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The template could not be saved to {path}: {reason}.</source>
        <translation>Die Vorlage konnte nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template saved to {path}: one row per product, then Import it.</source>
        <translation>Vorlage unter {path} gespeichert: eine Zeile pro Produkt, dann importieren.</translation>
    </message>
    <message>
        <location filename="../../catalogues.py" line="+49"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ist nicht lesbar: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not UTF-8 text (byte {byte}); save it as CSV UTF-8 and import it again.</source>
        <translation>{name} ist kein UTF-8-Text (Byte {byte}); speichern Sie die Datei als CSV UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of {name} can be generated ({count} with problems; row {row}: {problem}).</source>
        <translation>Keine Zeile von {name} kann erzeugt werden ({count} mit Problemen; Zeile {row}: {problem}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalogue is being run by another Listing Genie window or command.</source>
        <translation>Dieser Katalog läuft gerade in einem anderen Listing-Genie-Fenster oder -Befehl.</translation>
    </message>
    <message>
        <location filename="../../imaging/compliance.py" line="+34"/>
        <source>Image is in {mode} mode; Amazon expects RGB (sRGB).</source>
        <translation>Das Bild ist im Modus {mode}; Amazon erwartet RGB (sRGB).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image is {width} x {height} px; Amazon zoom needs at least {limit} px.</source>
        <translation>Das Bild hat {width} × {height} px; Amazons Zoom braucht mindestens {limit} px.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image is {width} x {height} px; Amazon accepts at most {limit} px.</source>
        <translation>Das Bild hat {width} × {height} px; Amazon nimmt höchstens {limit} px an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upscaled from {side} px: the product is {product} px across in the {width} x {height} px photo and {shown} px in this image, so Amazon&apos;s zoom will look soft. Use a photo at your camera&apos;s full resolution with the product at least {needed} px across.</source>
        <translation>Von {side} px hochskaliert: Das Produkt ist im Foto mit {width} × {height} px nur {product} px breit und in diesem Bild {shown} px, daher wirkt Amazons Zoom unscharf. Nutzen Sie ein Foto in voller Kameraauflösung, auf dem das Produkt mindestens {needed} px breit ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upscaled from {side} px: the answer was {width} x {height} px, so Amazon&apos;s zoom will look soft. Ask for a larger size (2K) or use a larger photo.</source>
        <translation>Von {side} px hochskaliert: Die Antwort hatte {width} × {height} px, daher wirkt Amazons Zoom unscharf. Fordern Sie eine größere Ausgabe (2K) an oder nutzen Sie ein größeres Foto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product could not be cleanly cut out of the photo ({reason}). For a compliant main image use a photo of the product alone on a plain white or light background, or a PNG with a transparent background.</source>
        <translation>Das Produkt ließ sich nicht sauber aus dem Foto freistellen ({reason}). Für ein regelkonformes Hauptbild nutzen Sie ein Foto des Produkts allein vor schlichtem weißem oder hellem Hintergrund oder ein PNG mit transparentem Hintergrund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Background is not pure white: only {share} of the border is (255, 255, 255); Amazon requires pure white.</source>
        <translation>Der Hintergrund ist nicht rein weiß: Nur {share} des Rands sind (255, 255, 255); Amazon verlangt reines Weiß.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product fills {share} of the frame; Amazon expects about 85% ({low} to {high}).</source>
        <translation>Das Produkt füllt {share} des Bildes; Amazon erwartet etwa 85 % ({low} bis {high}).</translation>
    </message>
    <message>
        <location filename="../../imaging/isolation.py" line="+123"/>
        <source>The photo is fully transparent: there is no product in it.</source>
        <translation>Das Foto ist vollständig transparent: Es zeigt kein Produkt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No product found in the photo.</source>
        <translation>Im Foto wurde kein Produkt gefunden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No product outline found: use a sharp photo of the product on a plain background.</source>
        <translation>Keine Produktkontur gefunden: Nutzen Sie ein scharfes Foto des Produkts vor schlichtem Hintergrund.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The product fills almost the whole photo: frame it with plain background around it.</source>
        <translation>Das Produkt füllt fast das ganze Foto: Lassen Sie schlichten Hintergrund rundherum frei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product is tiny in the photo: move closer or crop the photo around it.</source>
        <translation>Das Produkt ist im Foto winzig: Gehen Sie näher heran oder schneiden Sie das Foto zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product runs off the photo&apos;s edges: show the whole product with background around it.</source>
        <translation>Das Produkt ragt über die Ränder des Fotos: Zeigen Sie das ganze Produkt mit Hintergrund rundherum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product&apos;s outline is ambiguous: use a plain background that contrasts with it.</source>
        <translation>Die Kontur des Produkts ist nicht eindeutig: Nutzen Sie einen schlichten Hintergrund, der sich davon abhebt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product&apos;s outline is faint: use a background that contrasts with the product.</source>
        <translation>Die Kontur des Produkts ist schwach: Nutzen Sie einen Hintergrund, der sich vom Produkt abhebt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The background is busy: photograph the product alone on a plain, light background.</source>
        <translation>Der Hintergrund ist unruhig: Fotografieren Sie das Produkt allein vor einem schlichten, hellen Hintergrund.</translation>
    </message>
    <message>
        <location filename="../../imaging/cut_check.py" line="+54"/>
        <source>The cut-out&apos;s outline is jagged: it follows the background&apos;s texture instead of the product&apos;s edge. Photograph the product alone on a plain, light background that contrasts with it, in even light, and in focus.</source>
        <translation>Die Kontur der Freistellung ist gezackt: Sie folgt der Struktur des Hintergrunds statt der Kante des Produkts. Fotografieren Sie das Produkt allein vor einem schlichten, hellen Hintergrund, der sich davon abhebt, bei gleichmäßigem Licht und scharf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cut-out holds only part of the product: what surrounds it in the photo is not the background. Photograph the whole product in focus, on a plain background that contrasts with it.</source>
        <translation>Die Freistellung enthält nur einen Teil des Produkts: Was es im Foto umgibt, ist nicht der Hintergrund. Fotografieren Sie das ganze Produkt scharf vor einem schlichten Hintergrund, der sich davon abhebt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {share} of the cut-out is the photo&apos;s background (its colour or texture, or a shadow on it) kept with the product. Photograph the product alone on a plain, light background that contrasts with it, lit evenly so it casts no dark shadow.</source>
        <translation>Etwa {share} der Freistellung ist Hintergrund des Fotos (seine Farbe, Struktur oder ein Schatten darauf), der mit dem Produkt übernommen wurde. Fotografieren Sie das Produkt allein vor einem schlichten, hellen Hintergrund, der sich davon abhebt, gleichmäßig beleuchtet, damit es keinen dunklen Schatten wirft.</translation>
    </message>
    <message>
        <location filename="../../core/readiness.py" line="+16"/>
        <source>The {image} image is not Amazon-ready.</source>
        <translation>Das Bild {image} ist nicht Amazon-tauglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {image} image is not Amazon-ready: {issue}</source>
        <translation>Das Bild {image} ist nicht Amazon-tauglich: {issue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {image} image is not Amazon-ready: {issue} (and 1 more issue)</source>
        <translation>Das Bild {image} ist nicht Amazon-tauglich: {issue} (und 1 weiteres Problem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {image} image is not Amazon-ready: {issue} (and {count} more issues)</source>
        <translation>Das Bild {image} ist nicht Amazon-tauglich: {issue} (und {count} weitere Probleme)</translation>
    </message>
    <message>
        <location filename="../../ui/cost_fields.py" line="+21"/>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your price per image for this model</source>
        <translation>Ihr Preis pro Bild für dieses Modell</translation>
    </message>
    <message>
        <location filename="../../ui/cutout_editor.py" line="+117"/>
        <source>Touch up the cut-out</source>
        <translation>Freistellung nachbessern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Brush radius, in the cut-out&apos;s pixels</source>
        <translation>Pinselradius in Pixeln der Freistellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush radius</source>
        <translation>Pinselradius</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading the cut-out…</source>
        <translation>Freistellung wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply to all images</source>
        <translation>Auf alle Bilder anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw every image again from the corrected cut-out, as new versions</source>
        <translation>Jedes Bild aus der korrigierten Freistellung neu zeichnen, als neue Versionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Paint over what should go (Erase) or come back (Restore).</source>
        <translation>Übermalen Sie, was weg soll (Radieren) oder zurückkommen soll (Wiederherstellen).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Drawing the images again from the corrected cut-out…</source>
        <translation>Die Bilder werden aus der korrigierten Freistellung neu gezeichnet…</translation>
    </message>
    <message>
        <location filename="../../ui/image_viewer.py" line="-96"/>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to the window (F)</source>
        <translation>An das Fenster anpassen (F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual pixels (1)</source>
        <translation>Originalpixel (1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the reference photo beside it</source>
        <translation>Das Referenzfoto daneben zeigen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Version {number} of {total}</source>
        <translation>Version {number} von {total}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read {name}</source>
        <translation>{name} konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Touch up cut-out</source>
        <translation>Freistellung nachbessern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase or restore parts of the cut-out</source>
        <translation>Teile der Freistellung radieren oder wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/run_controller.py" line="+242"/>
        <source>Not started: {reason}.</source>
        <translation>Nicht gestartet: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/session_actions.py" line="+70"/>
        <source>The session could not be deleted: {error}</source>
        <translation>Die Sitzung konnte nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session deleted.</source>
        <translation>Sitzung gelöscht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../ui/session_model.py" line="+223"/>
        <source>That session no longer exists.</source>
        <translation>Diese Sitzung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session has no finished image to export yet.</source>
        <translation>Diese Sitzung hat noch kein fertiges Bild zum Exportieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/session_model.py" line="-74"/>
        <source>The history database could not be read, so it was moved aside to {moved} and a new, empty history was started. Your image files are untouched.</source>
        <translation>Die Verlaufsdatenbank konnte nicht gelesen werden; sie wurde nach {moved} verschoben und ein neuer, leerer Verlauf begonnen. Ihre Bilddateien sind unberührt.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>This session is generating: cancel it before deleting it.</source>
        <translation>Diese Sitzung wird gerade erzeugt: Brechen Sie sie ab, bevor Sie sie löschen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_model.py" line="+86"/>
        <source>Save an API key to list the models it can use.</source>
        <translation>Speichern Sie einen API-Schlüssel, um die Modelle aufzulisten, die er nutzen darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listing the models of this key…</source>
        <translation>Die Modelle dieses Schlüssels werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not list the models: {message}</source>
        <translation>Die Modelle konnten nicht aufgelistet werden: {message}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No key saved: the offline Studio renderer is used.</source>
        <translation>Kein Schlüssel gespeichert: Der Offline-Studio-Renderer wird genutzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is saved in the system keyring.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keyring is available: the key is kept for this run only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Der Schlüssel gilt nur für diese Sitzung der App.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Using the key from the {name} environment variable (it overrides Settings).</source>
        <translation>Der Schlüssel aus der Umgebungsvariablen {name} wird genutzt (sie hat Vorrang vor den Einstellungen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keyring is available: the API key is kept for this run only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Der API-Schlüssel gilt nur für diese Sitzung der App.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No API key: paste one above first.</source>
        <translation>Kein API-Schlüssel: Fügen Sie zuerst oben einen ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The test could not run ({name}). Details are in the log.</source>
        <translation>Der Test konnte nicht laufen ({name}). Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed ({kind}): {message}</source>
        <translation>Fehlgeschlagen ({kind}): {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: the key works with {model}.</source>
        <translation>Verbunden: Der Schlüssel funktioniert mit {model}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{backend}: ready, no key needed.</source>
        <translation>{backend}: bereit, kein Schlüssel nötig.</translation>
    </message>
    <message>
        <location filename="../../ui/text_editing.py" line="+91"/>
        <source>The texts could not be edited: {error}</source>
        <translation>Die Texte konnten nicht bearbeitet werden: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit texts: {image}</source>
        <translation>Texte bearbeiten: {image}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image is drawn again with these words: no new generation, the earlier version is kept.</source>
        <translation>Das Bild wird mit diesen Wörtern neu gezeichnet: keine neue Generierung, die frühere Version bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Drawing the {image} image again with the new texts…</source>
        <translation>Das Bild {image} wird mit den neuen Texten neu gezeichnet…</translation>
    </message>
    <message>
        <location filename="../../costs.py" line="+94"/>
        <source>the monthly budget of {limit} is already spent ({spent} this month)</source>
        <translation>das Monatsbudget von {limit} ist bereits aufgebraucht ({spent} in diesem Monat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 image at about {estimate} would pass the monthly budget of {limit} ({spent} spent this month)</source>
        <translation>1 Bild für etwa {estimate} würde das Monatsbudget von {limit} überschreiten ({spent} in diesem Monat ausgegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} images at about {estimate} would pass the monthly budget of {limit} ({spent} spent this month)</source>
        <translation>{count} Bilder für etwa {estimate} würden das Monatsbudget von {limit} überschreiten ({spent} in diesem Monat ausgegeben)</translation>
    </message>
    <message>
        <location filename="../../ui/intent_chips.py" line="+72"/>
        <source>“{keyword}” is about:</source>
        <translation>Worum geht es bei „{keyword}“?</translation>
    </message>
    <message>
        <location filename="../../core/outcome.py" line="+1"/>
        <source>Cancelled: {ready}. Retry failed finishes the rest.</source>
        <translation>Abgebrochen: {ready}. „Fehlgeschlagene wiederholen“ erledigt den Rest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ready}; {names} failed: {message} ({kind}). {advice}</source>
        <translation>{ready}; {names} fehlgeschlagen: {message} ({kind}). {advice}</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Paused: resumable</source>
        <translation>Pausiert: fortsetzbar</translation>
    </message>
    <message>
        <source>Row {row}, {sku}, {title}: {status}, {done} of {total} images{cost}.</source>
        <translation>Zeile {row}, {sku}, {title}: {status}, {done} von {total} Bildern{cost}.</translation>
    </message>
    <message>
        <source>{cost} so far</source>
        <translation>bisher {cost}</translation>
    </message>
    <message>
        <source>Estimated cost {cost} ({reason}).</source>
        <translation>Geschätzte Kosten {cost} ({reason}).</translation>
    </message>
    <message>
        <source>Finish the images on their way, start no new one</source>
        <translation>Die gesendeten Bilder fertigstellen, keine neuen beginnen</translation>
    </message>
    <message>
        <source>Paused. Resume goes on with the image held by the pause and the products not started.</source>
        <translation>Pausiert. Fortsetzen macht mit dem angehaltenen Bild und den noch nicht begonnenen Produkten weiter.</translation>
    </message>
    <message>
        <source>Paused. Resume goes on with the {count} images held by the pause and the products not started.</source>
        <translation>Pausiert. Fortsetzen macht mit den {count} angehaltenen Bildern und den noch nicht begonnenen Produkten weiter.</translation>
    </message>
    <message>
        <source>Stopped: {reason}. Raise it in Settings, then Run again.</source>
        <translation>Angehalten: {reason}. Erhöhen Sie es in den Einstellungen und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The cut-out has a hole where the background shows through the product. Photograph the product alone on a plain, light background that contrasts with it.</source>
        <translation>Die Freistellung hat ein Loch, durch das der Hintergrund im Produkt zu sehen ist. Fotografieren Sie das Produkt allein vor einem schlichten, hellen Hintergrund, der sich davon abhebt.</translation>
    </message>
    <message>
        <source>The cut-out has {count} holes where the background shows through the product. Photograph the product alone on a plain, light background that contrasts with it.</source>
        <translation>Die Freistellung hat {count} Löcher, durch die der Hintergrund im Produkt zu sehen ist. Fotografieren Sie das Produkt allein vor einem schlichten, hellen Hintergrund, der sich davon abhebt.</translation>
    </message>
    <message>
        <source>The cut-out has a hole where the background shows through the product. Fill the holes in the transparent PNG, or photograph the product alone on a plain, light background that contrasts with it.</source>
        <translation>Die Freistellung hat ein Loch, durch das der Hintergrund im Produkt zu sehen ist. Füllen Sie das Loch im transparenten PNG, oder fotografieren Sie das Produkt allein vor einem schlichten, hellen Hintergrund, der sich davon abhebt.</translation>
    </message>
    <message>
        <source>The cut-out has {count} holes where the background shows through the product. Fill the holes in the transparent PNG, or photograph the product alone on a plain, light background that contrasts with it.</source>
        <translation>Die Freistellung hat {count} Löcher, durch die der Hintergrund im Produkt zu sehen ist. Füllen Sie die Löcher im transparenten PNG, oder fotografieren Sie das Produkt allein vor einem schlichten, hellen Hintergrund, der sich davon abhebt.</translation>
    </message>
    <message>
        <source>The cut-out has a loose fragment apart from the product (specks of background or another object). Photograph the product alone on a plain, light background that contrasts with it, with nothing else in the frame.</source>
        <translation>Die Freistellung hat ein loses Bruchstück abseits des Produkts (Flecken des Hintergrunds oder ein anderer Gegenstand). Fotografieren Sie das Produkt allein vor einem schlichten, hellen Hintergrund, der sich davon abhebt, ohne etwas anderes im Bild.</translation>
    </message>
    <message>
        <source>The cut-out has {count} loose fragments apart from the product (specks of background or another object). Photograph the product alone on a plain, light background that contrasts with it, with nothing else in the frame.</source>
        <translation>Die Freistellung hat {count} lose Bruchstücke abseits des Produkts (Flecken des Hintergrunds oder ein anderer Gegenstand). Fotografieren Sie das Produkt allein vor einem schlichten, hellen Hintergrund, der sich davon abhebt, ohne etwas anderes im Bild.</translation>
    </message>
    <message>
        <source>The image has a separate small piece beside the product (a speck or another object): Amazon&apos;s main image shows the product alone. Regenerate it, or use a photo with nothing else in the frame.</source>
        <translation>Das Bild hat ein separates kleines Teil neben dem Produkt (ein Fleck oder ein anderer Gegenstand): Amazons Hauptbild zeigt das Produkt allein. Erzeugen Sie es neu, oder verwenden Sie ein Foto, auf dem sonst nichts zu sehen ist.</translation>
    </message>
    <message>
        <source>The image has {count} separate small pieces beside the product (a speck or another object): Amazon&apos;s main image shows the product alone. Regenerate it, or use a photo with nothing else in the frame.</source>
        <translation>Das Bild hat {count} separate kleine Teile neben dem Produkt (Flecken oder andere Gegenstände): Amazons Hauptbild zeigt das Produkt allein. Erzeugen Sie es neu, oder verwenden Sie ein Foto, auf dem sonst nichts zu sehen ist.</translation>
    </message>
    <message>
        <source>The product is cut off by the photo&apos;s {sides} edge: Amazon&apos;s main image must show the whole product. Take the photo with space around all of it.</source>
        <translation>Das Produkt wird am {sides} Rand des Fotos abgeschnitten: Amazons Hauptbild muss das ganze Produkt zeigen. Nehmen Sie das Foto mit Platz rund um das Produkt auf.</translation>
    </message>
    <message>
        <source>The product is cut off by the photo&apos;s {sides} edges: Amazon&apos;s main image must show the whole product. Take the photo with space around all of it.</source>
        <translation>Das Produkt wird am {sides} Rand des Fotos abgeschnitten: Amazons Hauptbild muss das ganze Produkt zeigen. Nehmen Sie das Foto mit Platz rund um das Produkt auf.</translation>
    </message>
    <message>
        <source>The product is cut off by the image&apos;s {sides} edge: Amazon&apos;s main image must show the whole product. Take the photo with space around all of it.</source>
        <translation>Das Produkt wird am {sides} Rand des Bildes abgeschnitten: Amazons Hauptbild muss das ganze Produkt zeigen. Nehmen Sie das Foto mit Platz rund um das Produkt auf.</translation>
    </message>
    <message>
        <source>The product is cut off by the image&apos;s {sides} edges: Amazon&apos;s main image must show the whole product. Take the photo with space around all of it.</source>
        <translation>Das Produkt wird am {sides} Rand des Bildes abgeschnitten: Amazons Hauptbild muss das ganze Produkt zeigen. Nehmen Sie das Foto mit Platz rund um das Produkt auf.</translation>
    </message>
    <message>
        <source>top</source>
        <translation>oberen</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>unteren</translation>
    </message>
    <message>
        <source>left</source>
        <translation>linken</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechten</translation>
    </message>
    <message>
        <source>The API answer was nested too deeply to read.</source>
        <translation>Die Antwort der API war zu tief verschachtelt, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The API answer did not have the expected shape.</source>
        <translation>Die Antwort der API hatte nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>Unexpected error while calling Gemini: {name}</source>
        <translation>Unerwarteter Fehler beim Aufruf von Gemini: {name}</translation>
    </message>
    <message>
        <source>{headline}: an HTML page ({title}) instead of a Gemini API answer.</source>
        <translation>{headline}: eine HTML-Seite ({title}) statt einer Antwort der Gemini-API.</translation>
    </message>
    <message>
        <source>An HTML page ({title}) came back instead of a Gemini API answer.</source>
        <translation>Statt einer Antwort der Gemini-API kam eine HTML-Seite ({title}) zurück.</translation>
    </message>
    <message>
        <source>The prompt was blocked ({block}).</source>
        <translation>Der Prompt wurde blockiert ({block}).</translation>
    </message>
    <message>
        <source>The prompt was blocked ({block}). {message}</source>
        <translation>Der Prompt wurde blockiert ({block}). {message}</translation>
    </message>
    <message>
        <source>The model answered with text only: {answer}</source>
        <translation>Das Modell hat nur mit Text geantwortet: {answer}</translation>
    </message>
    <message>
        <source>The model answered with text only (finish reason {block}): {answer}</source>
        <translation>Das Modell hat nur mit Text geantwortet (Abbruchgrund {block}): {answer}</translation>
    </message>
    <message>
        <source>{headline}: Quota used up.</source>
        <translation>{headline}: Kontingent aufgebraucht.</translation>
    </message>
    <message>
        <source>{headline}: Quota used up ({quota}).</source>
        <translation>{headline}: Kontingent aufgebraucht ({quota}).</translation>
    </message>
    <message>
        <source>{headline}: Quota used up. {message}</source>
        <translation>{headline}: Kontingent aufgebraucht. {message}</translation>
    </message>
    <message>
        <source>{headline}: Quota used up ({quota}). {message}</source>
        <translation>{headline}: Kontingent aufgebraucht ({quota}). {message}</translation>
    </message>
    <message>
        <source>{headline}: Rate limit reached.</source>
        <translation>{headline}: Ratenlimit erreicht.</translation>
    </message>
    <message>
        <source>{headline}: Rate limit reached ({quota}).</source>
        <translation>{headline}: Ratenlimit erreicht ({quota}).</translation>
    </message>
    <message>
        <source>{headline}: Rate limit reached. Retry in {seconds}s.</source>
        <translation>{headline}: Ratenlimit erreicht. Neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>{headline}: Rate limit reached ({quota}). Retry in {seconds}s.</source>
        <translation>{headline}: Ratenlimit erreicht ({quota}). Neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>{headline}: the Gemini endpoint answered with a redirect, so the address is not the API&apos;s. Check GOOGLE_GEMINI_BASE_URL (or the proxy it points to).</source>
        <translation>{headline}: Der Gemini-Endpunkt hat mit einer Weiterleitung geantwortet, die Adresse ist also nicht die der API. Prüfen Sie GOOGLE_GEMINI_BASE_URL (oder den Proxy, auf den sie zeigt).</translation>
    </message>
    <message>
        <source>{headline}: the Generative Language API is disabled for your key&apos;s project. Enable it at {link}, wait a few minutes, then run again.</source>
        <translation>{headline}: Die Generative Language API ist für das Projekt Ihres Schlüssels deaktiviert. Aktivieren Sie sie unter {link}, warten Sie ein paar Minuten und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>{headline}: the Generative Language API is disabled for your key&apos;s project. Enable it in the Google Cloud console, wait a few minutes, then run again.</source>
        <translation>{headline}: Die Generative Language API ist für das Projekt Ihres Schlüssels deaktiviert. Aktivieren Sie sie in der Google Cloud Console, warten Sie ein paar Minuten und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>{headline}: Google does not offer the Gemini API where this computer connects from. Use the offline studio backend, or a network in a supported country.</source>
        <translation>{headline}: Google bietet die Gemini-API an dem Ort nicht an, von dem aus dieser Computer verbunden ist. Nutzen Sie das Offline-Studio-Backend oder ein Netzwerk in einem unterstützten Land.</translation>
    </message>
    <message>
        <source>{headline}: API key not valid. Set a valid key in Settings (or GEMINI_API_KEY).</source>
        <translation>{headline}: API-Schlüssel ungültig. Legen Sie in den Einstellungen (oder mit GEMINI_API_KEY) einen gültigen Schlüssel fest.</translation>
    </message>
    <message>
        <source>could not connect.</source>
        <translation>keine Verbindung möglich.</translation>
    </message>
    <message>
        <source>the server closed the connection without an answer.</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>the connection was reset.</source>
        <translation>die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>the proxy refused the connection.</source>
        <translation>der Proxy hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid for this address ({detail}). Check GOOGLE_GEMINI_BASE_URL and your proxy settings.</source>
        <translation>das Zertifikat des Servers gilt nicht für diese Adresse ({detail}). Prüfen Sie GOOGLE_GEMINI_BASE_URL und Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is out of date ({detail}). Check this computer&apos;s date and time.</source>
        <translation>das Zertifikat des Servers ist nicht mehr oder noch nicht gültig ({detail}). Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted ({detail}). If your network uses an HTTPS-inspecting proxy, start Listing Genie with SSL_CERT_FILE set to the proxy&apos;s CA certificate (a PEM file).</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut ({detail}). Wenn Ihr Netzwerk einen HTTPS-prüfenden Proxy verwendet, starten Sie Listing Genie mit SSL_CERT_FILE, gesetzt auf das CA-Zertifikat des Proxys (eine PEM-Datei).</translation>
    </message>
    <message>
        <source>Gemini did not answer within {seconds} s.</source>
        <translation>Gemini hat nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
    <message>
        <source>Model {model} cannot generate images.</source>
        <translation>Das Modell {model} kann keine Bilder erzeugen.</translation>
    </message>
    <message>
        <source>No Gemini API key is set.</source>
        <translation>Es ist kein Gemini-API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>The answer was {size} MB, far more than any image: refused.</source>
        <translation>Die Antwort war {size} MB groß, weit mehr als jedes Bild: abgelehnt.</translation>
    </message>
    <message>
        <source>The answer was far larger than any image: refused.</source>
        <translation>Die Antwort war weit größer als jedes Bild: abgelehnt.</translation>
    </message>
    <message>
        <source>{status} NOT_FOUND: the model {name} was retired by Google; use {replacement} instead.</source>
        <translation>{status} NOT_FOUND: Das Modell {name} wurde von Google eingestellt; verwenden Sie stattdessen {replacement}.</translation>
    </message>
    <message>
        <source>{status} NOT_FOUND: the model {name} was retired by Google; choose another image model.</source>
        <translation>{status} NOT_FOUND: Das Modell {name} wurde von Google eingestellt; wählen Sie ein anderes Bildmodell.</translation>
    </message>
    <message>
        <source>{status} NOT_FOUND: the model {name} is not served to this key (retired or unknown); use {replacement} instead.</source>
        <translation>{status} NOT_FOUND: Das Modell {name} steht diesem Schlüssel nicht zur Verfügung (eingestellt oder unbekannt); verwenden Sie stattdessen {replacement}.</translation>
    </message>
    <message>
        <source>{status} NOT_FOUND: the model {name} is not served to this key (retired or unknown); choose another image model.</source>
        <translation>{status} NOT_FOUND: Das Modell {name} steht diesem Schlüssel nicht zur Verfügung (eingestellt oder unbekannt); wählen Sie ein anderes Bildmodell.</translation>
    </message>
    <message>
        <source>Choose {replacement} as the model in Settings.</source>
        <translation>Wählen Sie in den Einstellungen {replacement} als Modell.</translation>
    </message>
    <message>
        <source>Network error: the name {host} could not be resolved.</source>
        <translation>Netzwerkfehler: Der Name {host} konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Network error: {host}:{port} refused the connection.</source>
        <translation>Netzwerkfehler: {host}:{port} hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Network error: there is no route to {host}.</source>
        <translation>Netzwerkfehler: Es gibt keine Route zu {host}.</translation>
    </message>
    <message>
        <source>The reference photo could not be used by the studio renderer.</source>
        <translation>Das Referenzfoto konnte vom Studio-Renderer nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The studio renderer failed on {image}.</source>
        <translation>Der Studio-Renderer ist bei {image} gescheitert.</translation>
    </message>
    <message>
        <source>Not Amazon-ready: {image} image. Exporting is allowed, but Amazon may reject or suppress such an image.</source>
        <translation>Nicht Amazon-tauglich: das Bild {image}. Der Export ist erlaubt, aber Amazon kann ein solches Bild ablehnen oder ausblenden.</translation>
    </message>
    <message>
        <source>Not Amazon-ready: {names}. Exporting is allowed, but Amazon may reject or suppress such an image.</source>
        <translation>Nicht Amazon-tauglich: {names}. Der Export ist erlaubt, aber Amazon kann solche Bilder ablehnen oder ausblenden.</translation>
    </message>
    <message>
        <source>It breaks one of Amazon&apos;s image rules.</source>
        <translation>Es verstößt gegen eine der Bildregeln von Amazon.</translation>
    </message>
    <message>
        <source>Not exported: {names}, made by another version of the app; this one has no Amazon code for it.</source>
        <translation>Nicht exportiert: {names}, erstellt von einer anderen Version der App; diese hat dafür keinen Amazon-Code.</translation>
    </message>
    <message>
        <source>Photo is {width} x {height} px; Amazon zoom needs {limit} px on the longest side, so details may look soft.</source>
        <translation>Das Foto hat {width} × {height} px; Amazons Zoom braucht {limit} px an der längeren Seite, Details können daher unscharf wirken.</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Tabellenüberschrift</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Eigene Spalte</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Vergleichsspalte</translation>
    </message>
    <message>
        <source>Callout {number}</source>
        <translation>Hinweis {number}</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>Lacks {number}</source>
        <translation>Fehlt der Alternative {number}</translation>
    </message>
    <message>
        <source>Gemini (Google image model)</source>
        <translation>Gemini (Bildmodell von Google)</translation>
    </message>
    <message>
        <source>Studio (offline renderer)</source>
        <translation>Studio (Offline-Renderer)</translation>
    </message>
    <message>
        <source>Not saved: the disk holding {folder} was full</source>
        <translation>Nicht gespeichert: Der Datenträger mit {folder} war voll</translation>
    </message>
    <message>
        <source>Not saved: {folder} could not be written</source>
        <translation>Nicht gespeichert: {folder} konnte nicht beschrieben werden</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Nicht erzeugt</translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded ({name}).</source>
        <translation>Das Bild in der Antwort ließ sich nicht dekodieren ({name}).</translation>
    </message>
    <message>
        <source>The image in the answer is {width} x {height} px: refused.</source>
        <translation>Das Bild in der Antwort hat {width} × {height} px: abgelehnt.</translation>
    </message>
    <message>
        <source>The {image} image has no texts to edit (Amazon allows no text on it).</source>
        <translation>Das Bild {image} hat keine Texte zum Bearbeiten (Amazon erlaubt darauf keinen Text).</translation>
    </message>
    <message>
        <source>The {image} image has no texts to edit (no text was drawn on it).</source>
        <translation>Das Bild {image} hat keine Texte zum Bearbeiten (darauf wurde kein Text gezeichnet).</translation>
    </message>
    <message>
        <source>Only images drawn by the studio renderer come from a cut-out that can be touched up.</source>
        <translation>Nur Bilder des Studio-Renderers beruhen auf einer Freistellung, die sich nachbessern lässt.</translation>
    </message>
    <message>
        <source>Compared with, feature {number}</source>
        <translation>Im Vergleich, Merkmal {number}</translation>
    </message>
    <message>
        <source>A &quot;compared with&quot; text</source>
        <translation>Ein Vergleichstext</translation>
    </message>
    <message>
        <source>{count} &quot;compared with&quot; texts for {features} features: give at most one per feature.</source>
        <translation>{count} Vergleichstexte für {features} Merkmale: Geben Sie höchstens einen pro Merkmal an.</translation>
    </message>
    <message>
        <source>Feature {number} is empty: say the feature before what the alternative lacks.</source>
        <translation>Merkmal {number} ist leer: Nennen Sie zuerst das Merkmal, dann, was der Alternative fehlt.</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>{field} leeren</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
    <message>
        <source>Unknown backend '{requested}': use {names}.</source>
        <translation>Unbekanntes Backend „{requested}“: Verwenden Sie {names}.</translation>
    </message>
    <message>
        <source>The model {model} was retired by Google: {instead}, its replacement, is used instead.</source>
        <translation>Das Modell {model} wurde von Google eingestellt: Stattdessen wird sein Nachfolger {instead} verwendet.</translation>
    </message>
    <message>
        <source>The model {model} was retired by Google: use {instead} instead.</source>
        <translation>Das Modell {model} wurde von Google eingestellt: Verwenden Sie stattdessen {instead}.</translation>
    </message>
    <message>
        <source>The model {model} is not served to this key: use {instead} instead.</source>
        <translation>Das Modell {model} ist für diesen Schlüssel nicht verfügbar: Verwenden Sie stattdessen {instead}.</translation>
    </message>
    <message>
        <source>The model {model} was retired by Google: {instead}, the recommended one, is used instead.</source>
        <translation>Das Modell {model} wurde von Google eingestellt: Stattdessen wird das empfohlene Modell {instead} verwendet.</translation>
    </message>
    <message>
        <source>The model {model} is not served to this key: {instead}, the recommended one, is used instead.</source>
        <translation>Das Modell {model} ist für diesen Schlüssel nicht verfügbar: Stattdessen wird das empfohlene Modell {instead} verwendet.</translation>
    </message>
    <message>
        <source>The models of this key could not be listed ({problem}): the last list is used.</source>
        <translation>Die Modelle dieses Schlüssels konnten nicht abgerufen werden ({problem}): Die letzte Liste wird verwendet.</translation>
    </message>
    <message>
        <source>The models of this key could not be listed ({problem}): {model} is checked before the first image.</source>
        <translation>Die Modelle dieses Schlüssels konnten nicht abgerufen werden ({problem}): {model} wird vor dem ersten Bild geprüft.</translation>
    </message>
    <message>
        <source>{unreachable} could not be reached ({problem}): {label} is used instead.</source>
        <translation>{unreachable} war nicht erreichbar ({problem}): Stattdessen wird {label} verwendet.</translation>
    </message>
    <message>
        <source>an HTML page ({title}) instead of a Gemini API answer.</source>
        <translation>eine HTML-Seite ({title}) statt einer Antwort der Gemini-API.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Give 1 to {most} photos of the product (got {count}).</source>
        <translation>Geben Sie 1 bis {most} Fotos des Produkts an (erhalten: {count}).</translation>
    </message>
</context>
</TS>
