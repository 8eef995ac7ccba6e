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
        <location filename="../../ui/reference_picker.py" line="+64"/>
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
        <location filename="../../ui/image_card.py" line="+160"/>
        <source>Folder</source>
        <translation>Ordner</translation>
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
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/settings_dialog.py" line="+163"/>
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
        <location filename="../../ui/form.py" line="+59"/>
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
        <location filename="../../ui/history_model.py" line="+37"/>
        <location filename="../../ui/history_panel.py" line="+45"/>
        <location filename="../../ui/i18n.py" line="-12"/>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/history_panel.py" line="+1"/>
        <location filename="../../ui/i18n.py" line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted: resumable</source>
        <translation>Unterbrochen: fortsetzbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/i18n.py" line="-4"/>
        <source>Generating</source>
        <translation>Wird erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+0"/>
        <source>No session matches.</source>
        <translation>Keine Sitzung passt.</translation>
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
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+176"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location line="-175"/>
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
        <location line="+83"/>
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
        <location filename="../../ui/main_window.py" line="+51"/>
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
        <location line="+19"/>
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
        <location line="+89"/>
        <source>Drop a photo here</source>
        <translation>Foto hier ablegen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The photo could not be opened ({kind}).</source>
        <translation>Das Foto konnte nicht geöffnet werden ({kind}).</translation>
    </message>
    <message>
        <location filename="../../ui/other_photos.py" line="+34"/>
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
        <location line="+21"/>
        <location filename="../../ui/reference_picker.py" line="+27"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../../ui/settings_dialog.py" line="-116"/>
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
        <source>The window&apos;s language; it changes when the window next opens</source>
        <translation>Die Sprache des Fensters; sie wechselt beim nächsten Öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+53"/>
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
        <location filename="../../ui/state.py" line="+56"/>
        <source>Cancelled before it was finished: Retry failed makes it.</source>
        <translation>Vor dem Ende abgebrochen: „Fehlgeschlagene wiederholen“ erzeugt es.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Attempt {number} of {total}</source>
        <translation>Versuch {number} von {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location line="+151"/>
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
        <location line="+72"/>
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
        <location filename="../../ui/window_dialogs.py" line="+54"/>
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
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
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
</context>
</TS>
