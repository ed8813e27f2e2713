<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own dialogs in French: the few texts that the qtbase_fr.qm shipped with PySide6 misses.
     Qt 6 asks for "&Look in:" and "Files of &type:" (with a mnemonic) and for the file types of
     QAbstractFileIconProvider, while qtbase_fr.qm only knows "Look in:", "Files of type:" and
     QFileDialog's "Folder": the lookup is by exact text, so the file dialogs showed « Look in: »,
     « Files of type: », « Folder », « Drive » in a French window. The French words are
     qtbase_fr's own for the same labels. Checked by tests/ui/test_qt_french.py. -->
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>Match OS X Finder</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Dossier de fichiers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
</TS>
