{ lib, ... }: { options.pubkey = lib.mkOption { type = lib.types.str; }; }
