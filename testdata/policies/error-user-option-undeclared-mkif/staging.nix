{ lib, ... }:
let staging = false; in
{
  config = lib.mkIf staging {
    fleet.hots.stage1 = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg";
  };
}
