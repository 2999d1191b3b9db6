{ features.monitoring = true; }
