{
  _class = "flake";
  flake.secrets.blog = {
    recipients.admins = [ { name = "writer"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
    recipients.targets = [ { name = "fly-app"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; } ];
    secret.ghost-db.targets = [ "fly-app" ];
  };
}
