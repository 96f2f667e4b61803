@echo off
rem Lokkho's command line from a build: target\lokkho-cli.cmd [--data-dir DIR] COMMAND ... (see docs\cli.md).
rem Starts the JVM the way the installed lokkho-cli launcher does (docs\decisions\0008-tuned-cli-jvm.md).
setlocal
set "HERE=%~dp0"
java -XX:SharedArchiveFile="%HERE%lokkho-cli.jsa" -Xshare:auto "-Xlog:cds*=off" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlokkho.cli.tuned=true -Dfile.encoding=UTF-8 -cp "%HERE%lokkho.jar" org.lokkho.Launcher %*
exit /b %ERRORLEVEL%
