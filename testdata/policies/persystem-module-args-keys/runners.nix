{ lib, ... }: {
  perSystem = { system, ... }: {
    options.runners = lib.mkOption { type = lib.types.listOf lib.types.attrs; default = [ ]; };
    config.runners = lib.mkIf (system == "x86_64-linux") [ { name = "spare-${system}"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; } ];
  };
}
