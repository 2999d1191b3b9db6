{ lib, ... }:
{
  options.features = {
    monitoring = lib.mkEnableOption "monitoring";
    tracing = lib.mkEnableOption "tracing";
  };
}
