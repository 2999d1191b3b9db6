{
  # `import` gives the module's value, which has no key: it is applied again.
  imports = [ (import ../common.nix) ];
  flake.secrets.prod.secret.web-tls = { };
}
