{ lib, ... }: {
  options.keyFor = lib.mkOption { type = lib.types.functionTo lib.types.str; };
}
