{ lib, ... }: {
  options.secretsTeam = {
    enable = lib.mkEnableOption "the team's secrets";
    members = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
    group = lib.mkOption { type = lib.types.str; default = "team"; };
  };
}
