# secrets-lsp, the language server and CI check, built from this repository.
{ lib, buildGoModule }:
let
  version = lib.fileContents ../VERSION;
in
buildGoModule {
  pname = "secrets-lsp";
  inherit version;

  # Only what `go build` reads, so editing docs or tests does not rebuild it.
  src = lib.fileset.toSource {
    root = ../.;
    fileset = lib.fileset.unions [
      ../go.mod
      ../go.sum
      (lib.fileset.fileFilter (file: file.hasExt "go") ../.)
    ];
  };

  # The NAR hash of `go mod vendor`'s output; scripts/test-nix-vendor-hash.sh
  # checks it (offline, through the Go module proxy) and --update rewrites it.
  vendorHash = "sha256-qIb4s41rudsN3KIFUFsd339MRkPKIstL6XfXL87xsYc=";

  subPackages = [ "cmd/secrets-lsp" ];
  ldflags = [ "-s" "-w" "-X main.version=${version}" ];

  # `make test` runs the test suite; most of it needs tools (nix-instantiate,
  # sops, nvim, checkouts of nixpkgs.lib and flake-parts) the build sandbox lacks.
  doCheck = false;

  meta = {
    description = "Language server and CI check for SOPS secrets declared with the flake.secrets flake-parts module";
    mainProgram = "secrets-lsp";
  };
}
