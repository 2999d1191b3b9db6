{
  zz-targets = ./targets.nix;
  admins = import ./admins.nix;
  policy = { lib, ... }: {
    flake.secrets.svc.secret = {
      api.targets = [ "api-1" ];
      worker.targets = [ "worker-1" "api-1" ];
    };
  };
}
