<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/pdf_export.py" line="389"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExportJob</name>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/pdf_export.py" line="476"/>
        <source>Saved the roadmap (%n pages) to
%1</source>
        <translation>
            <numerusform>Saved the roadmap (%n page) to
%1</numerusform>
            <numerusform>Saved the roadmap (%n pages) to
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDetail</name>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/profile_detail.py" line="259"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/profile_detail.py" line="260"/>
        <source>%n months of runway</source>
        <translation>
            <numerusform>%n month of runway</numerusform>
            <numerusform>%n months of runway</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="150"/>
        <source>%n questions are not answered.</source>
        <translation>
            <numerusform>%n question is not answered.</numerusform>
            <numerusform>%n questions are not answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/wizard/review_page.py" line="153"/>
        <source>%n carried-over answers are not re-confirmed yet (marked Re-confirm).</source>
        <translation>
            <numerusform>%n carried-over answer is not re-confirmed yet (marked Re-confirm).</numerusform>
            <numerusform>%n carried-over answers are not re-confirmed yet (marked Re-confirm).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message numerus="yes">
        <location filename="../src/moatdesk/ui/wizard/wizard.py" line="244"/>
        <source>%n questions are not answered.</source>
        <translation>
            <numerusform>%n question is not answered.</numerusform>
            <numerusform>%n questions are not answered.</numerusform>
        </translation>
    </message>
</context>
</TS>
