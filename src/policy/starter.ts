/** The commented `.cfn-audit.yml` that `cfn-audit init` writes. A test checks that it is valid. */
export const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/cfn-audit/schema/cfn-audit.schema.json
# cfn-audit configuration. Found in the current directory or the nearest parent,
# or named with --config FILE. Unknown keys are refused, so a typo cannot go unnoticed.

# Profile used when --profile is not given. Built in: default (manual approval from
# score 5, fail from 10; unknown findings do not count) and strict (advisory rules on,
# unknown findings count).
profile: default

profiles:
  # A profile of the same name as a built-in one overrides it; others start from
  # \`default\` unless they say \`extends: <profile>\`.
  dev:
    thresholds: { approval: 8, fail: 15 }
  prod:
    extends: strict
    thresholds: { approval: 3, fail: 7 }
    # rules:
    #   SecurityGroupRuleNoDescription: off

# Rule settings for every profile: off | on | { risk: N } (1-10).
rules: {}
#   AllowHttp: { risk: 5 }
#   EgressAllToWorld: on

# Directories or files of your own rules, relative to this file (as --rules).
rulePaths: []

# Accepted findings. Each needs a reason; \`expires\` (YYYY-MM-DD) makes it stop
# applying after that day, and the report says so. An exception that matches nothing
# is reported as unused.
exceptions: []
#  - rule: AllowHttp                       # a rule id, or "*"
#    resource: "templates/edge-*.yaml#PublicAlbSg"   # glob over file#LogicalId or a CDK path
#    reason: "ALB redirects 80 to 443"
#    expires: 2026-12-31
#  - rule: "*"
#    tags: { Environment: sandbox }        # resource tags that must all match
#    reason: "sandbox account, no data"
`;
