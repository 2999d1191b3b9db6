{ features.pagerduty = true; }
