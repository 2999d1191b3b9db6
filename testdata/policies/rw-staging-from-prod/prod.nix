{
  flake.secrets.prod = {
    recipients.admins = [
      { name = "lead"; age = "age1a8n4f6maw0tvfkw5wlpyshtxq8pqmyr6qxrwzzj3eak5qej9lvcqfgtfjw"; }
      { name = "sre"; age = "age1etrrxkemegd0awf7994x4cvz43r2esr0tqz0a52dypsgsre92v9qs8ya7h"; }
      { name = "ci-prod"; kms = "arn:aws:kms:eu-west-1:111122223333:alias/sops-prod"; }
    ];
    recipients.targets = [
      { name = "app-1"; age = "age16vhhs0wezhmkh4v6n07e2smkur93w8xp7fhk6cfs76pmp5vtxglqsfu4uv"; }
      { name = "app-2"; age = "age1nafjrd78f83gr379uy4pcv94aldu63cwpy5fsgg2rdz7unj9xdwsuj4myg"; }
    ];
    secret.db.targets = [ "*" ];
    secret.stripe.targets = [ "app-1" ];
  };
}
