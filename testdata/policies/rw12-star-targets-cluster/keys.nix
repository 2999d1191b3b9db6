{
  lead = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe";
  sre = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p";
  nodes = [
    "age1zjgfc6r3nku4c09jv2eygnqlhy3wyyekqz6svg3ecqmewv0lgeyq3nrf67"
    "age1av5qxmzsm75r7cq7d3crka8san8q75r6t0xemk4puhhuunvgeqdqtmfqvs"
    "age1w9vea09c7506kpu3nxfpgrzyj7y6ncvrkrgr97gyhxa25gz99yrqpuxx45"
    "age1klydhlqu59tj4dcvmvx74lg9x9vjdjfaz9chh00jlc53qptcsfjqhtj3c9"
    "age1yqq0pq48wkhgn0u2c576mn03qtczt74759apsdkm63pfur0ymcfql5cqgh"
    "age1w82k2uvwhyeh67gvqv5mr5mhg8amf82a00vvc0y4xcwdkhpta9uqw9nmmw"
    "age1qa0ruwrlut90fhawlqxpz6w8cdhr7q7w9zhkxdmu4zx0pnmvc4vs9ahxc9"
    "age1anwyf3s60wzrhg56jrdk5l6w86th3r2x0tu4vkpw96m2ppsx8pxqezwswr"
    "age1n9m83ptn8rrgkyw868jemhjm3zzazzg5h46f4q0xkdhvpaqfpc4sm8299s"
    "age1dz29wxhyvdjd2eah4hht3m44yzyf80lst9uhqe3l86el0vsh3u6q4fr8dr"
    "age1nyswtde5a2gxhryr8fs96a45x3j5f6sshwq9kwj6sv2nsujy43pqmsnrfm"
    "age15hycah4hy5ldfjqf5fa6aw88pfhvevcheyuchd6trv6advrt05eq54rgnw"
    "age1yswz7tpm5694j2njmtll4vllc2dn37e88zuj3dt8avagu29slceqqm20yc"
    "age1yjducwt3j7dny96g0wtj7sju5q5p54rukkw2g0ppx4526rejzpcqjws2q5"
    "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"
  ];
}
