{ lib, ... }: { flake.secrets.prod.recipients.admins = lib.mkBefore [ { name = "bravo"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; } ]; }
