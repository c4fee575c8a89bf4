#!/usr/bin/env bash
# Proves that an app on .NET 8 which pins Microsoft.Extensions.* 8.0.x can take the packed JdAfterSales packages:
# restore without NU1605 (a package downgrade) and build with warnings as errors. The app is made here, under
# artifacts/net8-consumer, outside the repository's Directory.*.props, with its own packages folder so the freshly
# packed JdAfterSales is used rather than a cached one of the same version.
#
#   eng/check-net8-consumer.sh [FEED]   FEED: a folder holding JdAfterSales*.nupkg (default: pack into artifacts/)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/artifacts/net8-consumer"
feed=${1:-}
rm -rf "$work"
mkdir -p "$work/app"
if [ -z "$feed" ]; then
  feed="$work/feed"
  dotnet pack src/JdAfterSales/JdAfterSales.csproj -c Release -o "$feed"
  dotnet pack src/JdAfterSales.Automation/JdAfterSales.Automation.csproj -c Release -o "$feed"
fi
feed=$(cd "$feed" && pwd)
package=$(ls "$feed"/JdAfterSales.[0-9]*.nupkg | head -n 1)
version=${package##*/JdAfterSales.}
version=${version%.nupkg}
echo "JdAfterSales $version from $feed"

# What each target framework of the package asks for.
python3 - "$package" <<'PY'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    nuspec = next(n for n in z.namelist() if n.endswith(".nuspec"))
    text = z.read(nuspec).decode()
for tfm, body in re.findall(r'<group targetFramework="([^"]+)">(.*?)</group>', text, re.S):
    deps = ", ".join(f"{i} {v}" for i, v in re.findall(r'<dependency id="([^"]+)" version="([^"]+)"', body))
    print(f"  {tfm}: {deps}")
    if tfm.lower().startswith("net8") and re.search(r'id="Microsoft\.Extensions\.[^"]+" version="(?!8\.)', body):
        sys.exit(f"the net8.0 group of {sys.argv[1]} asks for a Microsoft.Extensions.* other than 8.0.x")
PY

# Empty Directory.* files stop MSBuild looking further up, into the repository's own.
for file in Directory.Build.props Directory.Build.targets Directory.Packages.props; do
  echo '<Project />' > "$work/$file"
done
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="packages" />
  </config>
  <packageSources>
    <add key="jdaftersales-local" value="$feed" />
  </packageSources>
</configuration>
XML
cat > "$work/app/Net8Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="JdAfterSales" Version="$version" />
    <PackageReference Include="JdAfterSales.Automation" Version="$version" />
    <!-- What an app on .NET 8 typically pins: the lowest 8.0.x, so nothing may ask for more. -->
    <PackageReference Include="Microsoft.Extensions.Http" Version="8.0.0" />
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="8.0.0" />
  </ItemGroup>
</Project>
XML
cat > "$work/app/Program.cs" <<'CS'
using JdAfterSales;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddJdAfterSales(options =>
{
    options.AppKey = "app-key";
    options.AppSecret = "app-secret";
    options.AccessToken = "access-token";
});
using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<JdClient>();
Console.WriteLine($"{client.GetType().FullName} on {Environment.Version}");
CS

dotnet build "$work/app" -c Release 2>&1 | tee "$work/build.log"
if grep -q 'NU1605' "$work/build.log"; then
  echo "NU1605 (package downgrade) in the net8.0 consumer's restore" >&2
  exit 1
fi
python3 - "$work/app/obj/project.assets.json" <<'PY'
import json, sys
libraries = json.load(open(sys.argv[1]))["targets"]["net8.0"]
versions = dict(name.split("/") for name in libraries)
for name in sorted(versions):
    if name.startswith(("JdAfterSales", "Microsoft.Extensions.", "Polly")):
        print(f"  {name} {versions[name]}")
wrong = [f"{n} {v}" for n, v in versions.items() if n.startswith("Microsoft.Extensions.") and not v.startswith("8.")]
if wrong:
    sys.exit("the net8.0 consumer resolved Microsoft.Extensions.* above 8.0.x: " + ", ".join(wrong))
PY
echo "net8.0 consumer: restored and built with Microsoft.Extensions.* 8.0.x, no NU1605"
