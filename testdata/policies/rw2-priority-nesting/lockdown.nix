{ lib, ... }:
let
  incident = true;
in
{
  flake.secrets.a.recipients.admins = lib.mkIf incident (lib.mkForce [ { name = "incident-lead"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ]);
  flake.secrets.a.secret.s = { };
  flake.secrets.b.secret.s = { };
  flake.secrets.c.recipients.admins = lib.modules.mkOverride 10 [ { name = "override10"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
  flake.secrets.c.secret.s = { };
  flake.secrets.d.secret.wholesale.admins = [ "mid" ];
}
