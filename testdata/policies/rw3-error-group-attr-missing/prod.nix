{
  flake.secrets.prod = {
    recipients.admins = [ { name = "bea"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
    recipients.targets = [ { name = "web"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
    secret.sessionKey.targets = [ "web" ];
  };
}
