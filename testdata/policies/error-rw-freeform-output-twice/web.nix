{
  flake.inventory.web = "age1l6j4vfgz0xmxgv9fxrsv3xa2k6lmwmr0x77nqdfaxyu7jp037vwqt5tz5z";
}
