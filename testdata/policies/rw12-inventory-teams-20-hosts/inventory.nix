{
  payments-01 = { team = "payments"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO+u+fvKeQR/A2yy8PLGlQb/64kn6EBTlWd29gTs4+Ne root@h1"; };
  payments-02 = { team = "payments"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBY8y+z61lqJK2PtYV51RzQtsBUT/HAjM4wiDUgu9CVY root@h2"; };
  payments-03 = { team = "payments"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJkzQPNWgJQUKbFhzhmG1qMmMaWoxRqNJ7j3si5+tPrz root@h3"; };
  search-04 = { team = "search"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHgyScdNu1bU1xYesYXbw1uscb6EhEFIuDC3UOVIo9/d root@h4"; };
  search-05 = { team = "search"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIML3g/5oVoI9wnYOgRmo4IOl0mzbOwDsyNhWUPxQgr1h root@h5"; };
  identity-06 = { team = "identity"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq8mwZzDSxeqiWoltStAlmbeqtpqkl0C/CEP7D22fnr root@h6"; };
  identity-07 = { team = "identity"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE3dxVcs+TOc1BHemUT0ORqxhzIWrxqAUd8bosEUmyW5 root@h7"; };
  identity-08 = { team = "identity"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKkb0lnjToGItt/DXZHzoWW3LH+LmSSW1cnS9opkOBhh root@h8"; };
  data-09 = { team = "data"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4xOxOWnvE16iZHaqOWbMcxVYlsHqEfUcZFfgGbb/Cb root@h9"; };
  data-10 = { team = "data"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBGhsrSVs+96Azu324zl25I5uT8jqVGR5FBVulCifoib root@h10"; };
  data-11 = { team = "data"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN91mm5fmUuwKs8LZhhxMtAZN8BWGaKcGttfEZ6uuY0C root@h11"; };
  data-12 = { team = "data"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDqEBUl0R4auGdJgTFImDb1RftnHZ+vBqTWCq+9gqr+H root@h12"; };
  platform-13 = { team = "platform"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; };
  platform-14 = { team = "platform"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; };
  platform-15 = { team = "platform"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; };
  security-16 = { team = "security"; ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; };
  payments-17 = { team = "payments"; ssh = "age1zjgfc6r3nku4c09jv2eygnqlhy3wyyekqz6svg3ecqmewv0lgeyq3nrf67"; };
  search-18 = { team = "search"; ssh = "age1av5qxmzsm75r7cq7d3crka8san8q75r6t0xemk4puhhuunvgeqdqtmfqvs"; };
  data-19 = { team = "data"; ssh = "age1w9vea09c7506kpu3nxfpgrzyj7y6ncvrkrgr97gyhxa25gz99yrqpuxx45"; };
  platform-20 = { team = "platform"; ssh = "age1klydhlqu59tj4dcvmvx74lg9x9vjdjfaz9chh00jlc53qptcsfjqhtj3c9"; };
}
