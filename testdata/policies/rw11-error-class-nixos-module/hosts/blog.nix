{ ... }: {
  _class = "nixos";
  networking.hostName = "blog";
}
