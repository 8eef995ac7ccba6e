<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../ui/catalogue_view.py" line="+178"/>
        <source>%n row(s) will not be generated (listed below); fix the file and import it again, or Run the others.</source>
        <translation>
            <numerusform>%n row will not be generated (listed below); fix the file and import it again, or Run the others.</numerusform>
            <numerusform>%n rows will not be generated (listed below); fix the file and import it again, or Run the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/error_report.py" line="+82"/>
        <source>%n more unexpected error(s) since; the log has them all.</source>
        <translation>
            <numerusform>%n more unexpected error since; the log has it.</numerusform>
            <numerusform>%n more unexpected errors since; the log has them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="+62"/>
        <source>%n image(s) with Amazon&apos;s upload names ({slots}).</source>
        <translation>
            <numerusform>%n image with Amazon&apos;s upload names ({slots}).</numerusform>
            <numerusform>%n images with Amazon&apos;s upload names ({slots}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="+302"/>
        <source>up to %n photo(s)</source>
        <translation>
            <numerusform>up to %n photo</numerusform>
            <numerusform>up to %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/state.py" line="+90"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window_dialogs.py" line="+173"/>
        <source>%n file(s) already exist in {folder}: {listed}.</source>
        <translation>
            <numerusform>%n file already exists in {folder}: {listed}.</numerusform>
            <numerusform>%n files already exist in {folder}: {listed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported %n image(s) to {folder}</source>
        <translation>
            <numerusform>Exported %n image to {folder}</numerusform>
            <numerusform>Exported %n images to {folder}</numerusform>
        </translation>
    </message>
</context>
</TS>
