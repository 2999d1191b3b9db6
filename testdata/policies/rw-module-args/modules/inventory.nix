# The fleet inventory, shared with every other module as a module argument.
{
  _module.args.inventory = {
    operators = [
      { name = "ops-anna"; age = "age1rlquqwk8de5am6acw57v58rtwfqscx33qeaf4ckhyhy0lfeth5ms65kq3t"; }
      { name = "ops-ben"; age = "age1hnqg7pv4aej00ewzqvfsak0vkrppffmzh25k6t4mvra8gnh0te5qsc87v4"; }
    ];
    hosts = {
      edge-fra = { age = "age12acvyncfulp56ekp788f5kgxd5lcr3zvp04c4hgjy40xha3my4fsqlmpmm"; roles = [ "edge" ]; };
      edge-ams = { age = "age1zyv796nxv6307ynx7t8x5n2zfny060nr73dtlguvwjlqj99ta9qq907hhs"; roles = [ "edge" ]; };
      db-fra = { age = "age17vdp8fy3nd9y9zlag6ju0aqn3dkf2472quqw8zvca5t0vz93yydq8m8lee"; roles = [ "db" ]; };
      mon = { age = "age13d02mvhhkthyt99uecq5av7c2tlhztqpccjgy9dlxwxlujpez9fqrxjszj"; roles = [ "monitoring" "edge" ]; };
    };
  };
}
