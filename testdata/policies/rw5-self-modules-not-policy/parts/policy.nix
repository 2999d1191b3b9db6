{ self, lib, ... }:
{
  flake.secrets.shared = {
    recipients.admins = [ { name = "pia"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } { name = "quentin"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
    recipients.targets = [ { name = "renovate"; key = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; } ];
    secret.npm-token.targets = [ "renovate" ];
    secret.github-app-key = { admins = [ "quentin" ]; targets = [ "renovate" ]; };
  };
  # a NixOS module that consumes the files (not evaluated here)
  flake.nixosModules.renovate = { ... }: {
    sops.secrets.npm-token.sopsFile = self + "/${self.secrets.shared.secret.npm-token.file}";
  };
}
