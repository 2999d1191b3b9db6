{ config, lib }: {
  secrets.staging = {
    recipients.admins = [ { name = "ana"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
    secret.db = { };
  };
  secrets.prod = {
    recipients.admins = config.secrets.staging.recipients.admins ++ [ { name = "ben"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
    secret.db = { };
  };
}
