{ lib, ... }: { flake.secrets.prod.recipients.admins = lib.mkBefore [ { name = "contractor"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ]; }
