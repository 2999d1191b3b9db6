{
  description = "Admin records concatenated from several teams' lists where one person is in two teams (identical attribute sets), deduplicated with lib.unique; a contractor removed with lib.subtractLists on records; short host names from FQDNs with splitString and head";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inherit (lib) unique subtractLists head splitString;
        dora = { name = "dora"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; };
        emil = { name = "emil"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; };
        contractor = { name = "ext-finn"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; };
        teams = {
          backend = [ dora emil ];
          sre = [ emil contractor ];
          security = [ dora ];
        };
        fqdns = { "gw-1.dmz.corp.example" = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; "gw-2.dmz.corp.example" = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; };
        short = fqdn: head (splitString "." fqdn);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.dmz = {
          recipients.admins = subtractLists [ contractor ] (unique (lib.concatLists (lib.attrValues teams)));
          recipients.targets = lib.mapAttrsToList (fqdn: key: { name = short fqdn; inherit key; }) fqdns;
          secret.haproxy-pem.targets = map short (lib.attrNames fqdns);
          secret.crowdsec-key.targets = [ "gw-1" ];
        };
      });
}
