{
  flake.secrets.prod = {
    recipients.admins = [
      { name = "wanda"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; }
      { name = "victor"; age = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; gcpKms = "projects/acme/locations/global/keyRings/ops/cryptoKeys/victor"; }
      { name = "ursula"; pgp = "FFFFEEEEDDDDCCCCBBBBAAAA9999888877776666"; }
    ];
    recipients.targets = [
      { name = "db"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; }
      { name = "queue"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; }
    ];
    secret.db-pass.targets = [ "db" ];
    secret.amqp-url.targets = [ "queue" "db" ];
    secret.signing-key = { admins = [ "ursula" ]; };
  };
}
