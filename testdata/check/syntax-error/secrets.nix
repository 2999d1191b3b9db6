{
  flake.secrets.prod = {
    recipients.admins = [
      { name = "alice"; age = "age1cfvu9thlz6qwl0u7jrqf8kqqgnq76nsp609qzrqw2ard8ectue8sssx4c5"; }
      { name = "bob"; age = "age17hqhkq0d5r70a4ntpacumz2w3hm0cyd6rvk4xq43qlq98wjv332qh77g7l"; }
    ];
    recipients.targets = [
      { name = "web"; age = "age1j83gk7qlp586lfvz3c82w7ze02578sqqusz0ee25vkxm920ayacqvuquv6"; }
    ];
    secret.db.targets = [ "web ];
    secret.api = { file = "secrets/prod/api.json"; targets = [  ]; };
    secret.app = { file = "secrets/prod/app.env"; };
    secret.dbIni = { file = "secrets/prod/db.ini"; targets = [ "*" ]; };
    secret.tls = { file = "secrets/prod/tls.key"; targets = [ "web" ]; };
  };
}
