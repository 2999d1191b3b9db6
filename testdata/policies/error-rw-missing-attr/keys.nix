{
  users = { kim = "age1p6nysaqcp86a5430ekes0rtncnmtra0sc3udrkvvl4mpcyu5fdasw90gej"; lee = "age1vajyr2l99j9kf0yews4hgynt8wuf73ayhl3tgk6xf5evqmdhaedscsux04"; };
  hosts = { cache = "age1tx5maa7k4fzmz9huv3keln7m0c4x2ay4z3zw2u8s65xwrpq4cqzs7l0vd8"; proxy = "age1ga333hq2rutmt054rzmk4zmmv5n9gjm6fw0k95x2nyua4assy4ysd2p83m"; };
}
