{
  p-amelie = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
  p-bruno = [ "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop" ];
  ci-runner = { kms = "arn:aws:kms:eu-central-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789+arn:aws:iam::123456789012:role/ci-sops"; };
  k8s-node = { gcpKms = "projects/acme-prod/locations/europe-west1/keyRings/sops/cryptoKeys/k8s"; age = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; };
}
