{ inventory.hosts.backup = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; }
