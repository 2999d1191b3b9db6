{ name = "alice"; age = "age1ym57ldq9hy5hm22pdauuz9ywc0jdy3jlte2l85qtuq2jq6ns642qcz9ys6"; pgp = "85D77543B3D624B63CEA9E6DBC17301B491B3F21"; }
