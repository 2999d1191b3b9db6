{ hosts.storage = { ageKey = "age1zpg45cnhsjeylc54wex8a856dxtatyls5da35njy8gc97d6htymqezz9d5"; services = [ "minio" "restic" ]; }; }
