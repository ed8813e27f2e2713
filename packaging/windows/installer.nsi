; The Windows installer of Ellipses SMS, made on Linux by packaging/windows/build (makensis).
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\Ellipses SMS;
; the clerk's data (%LOCALAPPDATA%\EllipsesSMS) is never touched, not even by the uninstaller.
; Silent for IT people: EllipsesSMS-Setup-x.y.z.exe /S [/D=C:\chemin\du\dossier]
; Defines given by build.py: VERSION, BUNDLE (the folder to install), OUTFILE, COMPRESSOR.

Unicode true
Target amd64-unicode          ; 64-bit stubs: the bundled Python is 64-bit (wine here too)
SetCompressor /SOLID ${COMPRESSOR}
RequestExecutionLevel user
ManifestDPIAware true

!define PRODUCT "Ellipses SMS"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\EllipsesSMS"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "Software\EllipsesSMS" "InstallDir"
Icon "${BUNDLE}/ellipses-sms.ico"
UninstallIcon "${BUNDLE}/ellipses-sms.ico"
BrandingText "${PRODUCT} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1036 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation de ${PRODUCT}"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "LegalCopyright" "Ellipses"

!include "MUI2.nsh"
!define MUI_ICON "${BUNDLE}/ellipses-sms.ico"
!define MUI_UNICON "${BUNDLE}/ellipses-sms.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\EllipsesSMS.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Ouvrir ${PRODUCT}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"

Section "Ellipses SMS" SecMain
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; an update replaces the whole program, so no file of an older version is left behind
  RMDir /r "$INSTDIR\python"
  File /r "${BUNDLE}/*.*"
  WriteUninstaller "$INSTDIR\Desinstaller.exe"

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\EllipsesSMS.exe" "" \
    "$INSTDIR\ellipses-sms.ico" 0 SW_SHOWNORMAL "" "Envoyer des SMS aux clients de la librairie"
  CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\EllipsesSMS.exe" "" \
    "$INSTDIR\ellipses-sms.ico" 0 SW_SHOWNORMAL "" "Envoyer des SMS aux clients de la librairie"

  WriteRegStr HKCU "Software\EllipsesSMS" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Ellipses"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\ellipses-sms.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Desinstaller.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Desinstaller.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; only the program: the messages, lists, settings and logs stay in %LOCALAPPDATA%\EllipsesSMS
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  RMDir /r "$INSTDIR\python"
  Delete "$INSTDIR\EllipsesSMS.exe"
  Delete "$INSTDIR\ellipses-sms.exe"
  Delete "$INSTDIR\ellipses-sms.ico"
  Delete "$INSTDIR\VERSION.txt"
  Delete "$INSTDIR\Desinstaller.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\EllipsesSMS"
SectionEnd
