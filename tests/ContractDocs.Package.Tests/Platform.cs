using System.Runtime.Versioning;

// The package is a linux-x64 app, built with bash and unpacked with Debian's unzip: these tests run on Linux only.
[assembly: SupportedOSPlatform("linux")]
