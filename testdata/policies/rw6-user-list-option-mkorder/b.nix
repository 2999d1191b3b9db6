{ lib, ... }: { oncall = lib.mkBefore [ "ned" ]; }
