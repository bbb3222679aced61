var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/report/context.ts
function levelForRisk(risk) {
  if (risk >= 7) return "error";
  if (risk >= 4) return "warning";
  return "note";
}
function isActive(finding) {
  return finding.status === "active";
}
function ruleFor(report, ctx, ruleId) {
  return ctx.rules.get(ruleId) ?? report.rules.find((r) => r.id === ruleId);
}
function renderMessage(rule, finding) {
  const template = rule?.message.trim() ? rule.message : rule?.title ?? `${finding.ruleId} on ${finding.logicalId}`;
  const fallback = {
    logicalId: finding.logicalId,
    resourceType: finding.resourceType,
    ruleId: finding.ruleId,
    cdkPath: finding.cdkPath,
    stackName: finding.stackName
  };
  let text = template.replace(PLACEHOLDER, (whole, name) => {
    const value = Object.hasOwn(finding.data, name) ? finding.data[name] : fallback[name];
    if (value === void 0 || value === null) return finding.outcome === "unknown" ? "(unresolved)" : whole;
    return String(value);
  });
  text += conditionText(finding.conditions);
  if (finding.outcome === "unknown") {
    const reason = finding.data["unknownReason"];
    text += reason === void 0 || String(reason).trim() === "" ? " (value could not be resolved; review manually)" : ` (value could not be resolved: ${String(reason)}; review manually)`;
  }
  return text;
}
function conditionText(conditions) {
  if (conditions.length === 0) return "";
  const parts = conditions.map((c) => `condition ${c.condition} is ${c.branch ? "true" : "false"}`);
  return ` (when ${parts.join(" and ")})`;
}
function fixText(rule, finding) {
  if (rule === void 0) return "";
  const base = rule.remediation.trim();
  const cdk = rule.remediationCdk?.trim();
  if (cdk && finding !== void 0 && finding.cdkPath !== null) {
    return base ? `${base} In CDK: ${cdk}` : cdk;
  }
  return base;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.logicalId, b.logicalId) || compareText(a.fingerprint, b.fingerprint);
}
function sortFindings(findings) {
  return [...findings].sort(compareFindings);
}
function allFindings(report) {
  return sortFindings(report.stacks.flatMap((s) => s.findings));
}
function repoRelative(file, ctx) {
  const absolute = (0, import_node_path.resolve)(ctx.cwd, file);
  const root = (0, import_node_path.resolve)(ctx.cwd, ctx.repoRoot ?? ctx.cwd);
  const rel = (0, import_node_path.relative)(root, absolute);
  const outside = rel === "" || rel === ".." || rel.startsWith("../") || rel.startsWith("..\\") || (0, import_node_path.isAbsolute)(rel);
  const path2 = (outside ? absolute : rel).replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  return { path: path2, outside, absolute };
}
function locationText(file, line, column, ctx) {
  const rel = repoRelative(file, ctx);
  const path2 = rel.outside ? file.replace(/\\/g, "/") : rel.path;
  if (line === null) return path2;
  return column === null ? `${path2}:${line}` : `${path2}:${line}:${column}`;
}
function resourceText(finding) {
  return finding.cdkPath ? `${finding.logicalId} (${finding.cdkPath})` : finding.logicalId;
}
var import_node_path, DEFAULT_INFORMATION_URI, PLACEHOLDER;
var init_context = __esm({
  "src/report/context.ts"() {
    "use strict";
    import_node_path = require("node:path");
    DEFAULT_INFORMATION_URI = "https://www.npmjs.com/package/cfn-audit";
    PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;
  }
});

// src/report/text.ts
var text_exports = {};
__export(text_exports, {
  changeText: () => changeText,
  formatText: () => formatText
});
function palette(color) {
  const c = (code2) => color ? (s) => `\x1B[${code2}m${s}\x1B[0m` : (s) => s;
  return { red: c("31"), yellow: c("33"), green: c("32"), dim: c("2"), bold: c("1"), cyan: c("36") };
}
function changeText(c) {
  const detail = c.detail === "" ? "" : c.kind === "resource-replaced" ? ` (changed: ${c.detail})` : `: ${c.detail}`;
  return `${c.logicalId} (${c.resourceType}) ${CHANGE_WORD[c.kind]}${detail}`;
}
function formatText(report, ctx) {
  const p = palette(ctx.color);
  const paintDecision = (d) => {
    switch (d) {
      case "pass":
        return p.green(DECISION_WORD[d]);
      case "manual-approval":
        return p.yellow(DECISION_WORD[d]);
      case "fail":
        return p.red(DECISION_WORD[d]);
      default: {
        const never = d;
        return never;
      }
    }
  };
  const lines = [];
  const finding = (f) => {
    const rule = ruleFor(report, ctx, f.ruleId);
    const mark = f.status !== "active" ? p.dim("\u25CB") : f.outcome === "unknown" ? p.yellow("?") : f.risk >= 7 ? p.red("\u2716") : f.risk >= 4 ? p.yellow("\u25B2") : p.cyan("\u2022");
    const where = locationText(f.file, f.line, f.column, ctx);
    const tag = f.status !== "active" ? p.dim(` [${f.status}]`) : f.outcome === "unknown" ? p.yellow(" [unknown]") : "";
    lines.push(`  ${mark} ${p.bold(f.ruleId)}  risk ${f.risk}${tag}  ${resourceText(f)}  ${p.dim(where)}`);
    lines.push(`    ${renderMessage(rule, f)}`);
    if (f.snippet !== void 0 && f.snippet.trim() !== "") lines.push(p.dim(`    ${String(f.line).padStart(5)} | ${f.snippet.trimEnd()}`));
    if (f.status !== "active") lines.push(p.dim(`    ${f.status}: ${f.reason ?? ""}`));
    else {
      const fix = fixText(rule, f);
      if (fix) lines.push(`    ${p.green("fix:")} ${fix}`);
    }
  };
  const stackLine = (s) => {
    const name = s.name ? `stack ${s.name}` : "stack";
    const extra = [
      s.counts.active ? `${s.counts.active} active` : "",
      s.counts.suppressed ? `${s.counts.suppressed} suppressed` : "",
      s.counts.excepted ? `${s.counts.excepted} excepted` : "",
      s.counts.baselined ? `${s.counts.baselined} baselined` : "",
      s.counts.unknown ? `${s.counts.unknown} unknown` : ""
    ].filter(Boolean);
    return `  ${name}: score ${s.score} \u2192 ${paintDecision(s.decision)}  ${p.dim(`(approval \u2265 ${s.thresholds.approval}, fail \u2265 ${s.thresholds.fail}${extra.length ? `; ${extra.join(", ")}` : ""})`)}`;
  };
  for (const s of report.stacks) {
    const title = s.parents.length ? `${s.file}  ${p.dim(`(nested in ${s.parents.join(" \u2192 ")})`)}` : s.file;
    lines.push(p.bold(title));
    for (const f of s.findings) finding(f);
    if (s.findings.length === 0) lines.push(p.dim("  no findings"));
    if (s.changes) {
      lines.push(s.changes.length ? `  ${p.bold("Security-relevant changes since the base")}` : p.dim("  no security-relevant changes since the base"));
      for (const c of s.changes) lines.push(`    ${c.kind === "resource-removed" || c.kind === "resource-replaced" ? p.yellow("~") : p.red("+")} ${changeText(c)}`);
    }
    lines.push(stackLine(s), "");
  }
  if (report.notices.length) {
    lines.push(p.bold("Notices"));
    for (const n of report.notices) lines.push(`  ${p.yellow("!")} ${n.file ? `${n.file}: ` : ""}${n.message}`);
    lines.push("");
  }
  if (report.errors.length) {
    lines.push(p.bold(p.red("Could not audit")));
    for (const e of report.errors) lines.push(`  ${p.red("\u2716")} ${locationText(e.file, e.line, e.column, ctx)}  ${e.message}`);
    lines.push("");
  }
  const active = report.stacks.reduce((n, s) => n + s.counts.active, 0);
  const summary2 = [
    `${report.stacks.length} stack${report.stacks.length === 1 ? "" : "s"}`,
    `${active} active finding${active === 1 ? "" : "s"}`,
    report.errors.length ? `${report.errors.length} file${report.errors.length === 1 ? "" : "s"} could not be audited` : "",
    report.skipped ? `${report.skipped} non-template file${report.skipped === 1 ? "" : "s"} skipped` : ""
  ].filter(Boolean);
  lines.push(`Decision: ${paintDecision(report.decision)}  ${p.dim(`(${summary2.join(", ")})`)}`);
  return lines.join("\n") + "\n";
}
var DECISION_WORD, CHANGE_WORD;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_context();
    DECISION_WORD = { pass: "PASS", "manual-approval": "MANUAL APPROVAL", fail: "FAIL" };
    CHANGE_WORD = {
      "iam-statement-added": "IAM statement added",
      "managed-policy-added": "managed policy attached",
      "security-group-rule-added": "security-group rule added",
      "resource-replaced": "will be replaced",
      "resource-removed": "removed"
    };
  }
});

// src/report/json.ts
var json_exports = {};
__export(json_exports, {
  formatJson: () => formatJson
});
function formatJson(report, ctx) {
  const out = {
    tool: report.tool,
    decision: report.decision,
    stacks: report.stacks.map((s) => ({
      file: s.file,
      name: s.name,
      origin: s.origin,
      parents: s.parents,
      score: s.score,
      decision: s.decision,
      thresholds: s.thresholds,
      counts: s.counts,
      findings: s.findings.map((f) => {
        const rule = ruleFor(report, ctx, f.ruleId);
        return {
          ruleId: f.ruleId,
          title: rule?.title ?? null,
          risk: f.risk,
          outcome: f.outcome,
          status: f.status,
          reason: f.reason,
          logicalId: f.logicalId,
          resourceType: f.resourceType,
          path: f.path,
          line: f.line,
          column: f.column,
          cdkPath: f.cdkPath,
          message: renderMessage(rule, f),
          remediation: fixText(rule, f),
          conditions: f.conditions,
          data: f.data,
          fingerprint: f.fingerprint
        };
      }),
      ...s.changes ? { changes: s.changes } : {}
    })),
    errors: report.errors,
    notices: report.notices,
    skipped: report.skipped
  };
  return JSON.stringify(out, null, 2) + "\n";
}
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_context();
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  formatSarif: () => formatSarif
});
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function sentence(text) {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function encodePath(path2) {
  return path2.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function artifactLocation(file, ctx) {
  const rel = repoRelative(file, ctx);
  if (rel.outside) return { uri: (0, import_node_url.pathToFileURL)(rel.absolute).href };
  return { uri: encodePath(rel.path), uriBaseId: SRCROOT };
}
function srcRootUri(ctx) {
  const root = (0, import_node_url.pathToFileURL)((0, import_node_path2.resolve)(ctx.cwd, ctx.repoRoot ?? ctx.cwd)).href;
  return root.endsWith("/") ? root : `${root}/`;
}
function region(line, column) {
  if (line === null || line < 1) return void 0;
  return column !== null && column >= 1 ? { startLine: line, startColumn: column, endLine: line } : { startLine: line, endLine: line };
}
function equivalentsText(rule, code2) {
  const parts = [];
  const { cfn_nag, checkov, cdk_nag } = rule.equivalents;
  if (cfn_nag.length) parts.push(`cfn_nag ${cfn_nag.map(code2).join(", ")}`);
  if (checkov.length) parts.push(`Checkov ${checkov.map(code2).join(", ")}`);
  if (cdk_nag.length) parts.push(`cdk-nag ${cdk_nag.map(code2).join(", ")}`);
  return parts;
}
function sarifRule(rule) {
  const description = rule.description.trim() || rule.title.trim() || rule.id;
  const equivalents = equivalentsText(rule, (id) => id);
  const equivalentsMd = equivalentsText(rule, (id) => `\`${id}\``);
  const text = [
    description,
    rule.remediation.trim() ? `Remediation: ${rule.remediation.trim()}` : "",
    rule.remediationCdk?.trim() ? `Remediation in CDK: ${rule.remediationCdk.trim()}` : "",
    equivalents.length ? `Equivalent checks: ${equivalents.join("; ")}` : "",
    rule.references.length ? `References: ${rule.references.join(" ")}` : ""
  ].filter(Boolean).join("\n\n");
  const markdown = [
    description,
    rule.remediation.trim() ? `**Remediation:** ${rule.remediation.trim()}` : "",
    rule.remediationCdk?.trim() ? `**Remediation in CDK:** ${rule.remediationCdk.trim()}` : "",
    equivalentsMd.length ? `**Equivalent checks:** ${equivalentsMd.join("; ")}` : "",
    rule.references.length ? `**References:**
${rule.references.map((r) => `- <${r}>`).join("\n")}` : ""
  ].filter(Boolean).join("\n\n");
  const helpUri = rule.references.find((r) => /^https?:\/\//.test(r));
  return {
    id: rule.id,
    // No `name`: ours would equal the id, and SARIF1001 asks to omit a name identical to the id.
    shortDescription: { text: clip(sentence(rule.title.trim() || rule.id), MAX_DESCRIPTION) },
    fullDescription: { text: clip(sentence(description), MAX_DESCRIPTION) },
    help: { text, markdown },
    ...helpUri ? { helpUri } : {},
    defaultConfiguration: { level: levelForRisk(rule.risk) },
    properties: {
      "security-severity": Math.min(10, Math.max(0, rule.risk)).toFixed(1),
      tags: ["security", ...rule.category ? [rule.category] : []],
      risk: rule.risk
    }
  };
}
function placeholderRule(finding) {
  return {
    id: finding.ruleId,
    title: finding.ruleId,
    risk: finding.risk,
    resourceTypes: [finding.resourceType],
    kind: "check",
    enabled: true,
    description: `cfn-audit rule ${finding.ruleId}.`,
    message: "",
    remediation: "",
    references: [],
    equivalents: { cfn_nag: [], checkov: [], cdk_nag: [] },
    source: "unknown"
  };
}
function suppression(status, reason) {
  const justification = reason?.trim() || `${status} without a recorded reason`;
  switch (status) {
    case "active":
      return void 0;
    case "suppressed":
      return [{ kind: "inSource", status: "accepted", justification }];
    case "excepted":
    case "baselined":
      return [{ kind: "external", status: "accepted", justification }];
    default: {
      const unreachable = status;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
}
function result(finding, rule, ruleIndex, ctx) {
  const where = finding.cdkPath ? ` Resource ${finding.logicalId} (CDK path ${finding.cdkPath}).` : ` Resource ${finding.logicalId}.`;
  const suppressions = suppression(finding.status, finding.reason);
  const loc = region(finding.line, finding.column);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelForRisk(finding.risk),
    // The CDK path is in the text because cdk.out is rarely committed, so the location may not open.
    message: { text: sentence(renderMessage(rule, finding)) + where },
    locations: [
      {
        physicalLocation: { artifactLocation: artifactLocation(finding.file, ctx), ...loc ? { region: loc } : {} },
        logicalLocations: [
          {
            name: finding.logicalId,
            fullyQualifiedName: finding.cdkPath ?? (finding.stackName ? `${finding.stackName}/${finding.logicalId}` : finding.logicalId),
            kind: "resource"
          }
        ]
      }
    ],
    partialFingerprints: { "cfnAudit/v1": finding.fingerprint },
    properties: {
      risk: finding.risk,
      outcome: finding.outcome,
      status: finding.status,
      logicalId: finding.logicalId,
      resourceType: finding.resourceType,
      cdkPath: finding.cdkPath,
      stack: finding.stackName
    },
    ...suppressions ? { suppressions } : {}
  };
}
function errorNotification(error3, ctx) {
  const loc = region(error3.line, error3.column);
  return {
    level: "error",
    message: { text: sentence(error3.message) },
    descriptor: { id: "audit-error" },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(error3.file, ctx), ...loc ? { region: loc } : {} } }]
  };
}
function noticeNotification(notice, ctx) {
  const level = notice.kind === "info" || notice.kind === "skipped-files" ? "note" : "warning";
  return {
    level,
    message: { text: sentence(notice.message) },
    descriptor: { id: notice.kind },
    ...notice.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(notice.file, ctx) } }] } : {}
  };
}
function formatSarif(report, ctx) {
  const findings = allFindings(report);
  const firstByRule = /* @__PURE__ */ new Map();
  for (const f of findings) if (!firstByRule.has(f.ruleId)) firstByRule.set(f.ruleId, f);
  const used = [...firstByRule.keys()].sort();
  const metas = [...firstByRule].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([id, f]) => ruleFor(report, ctx, id) ?? placeholderRule(f));
  const index2 = new Map(used.map((id, i) => [id, i]));
  const results = findings.map((f) => result(f, ruleFor(report, ctx, f.ruleId), index2.get(f.ruleId) ?? -1, ctx));
  const sarif = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "cfn-audit",
            semanticVersion: report.tool.version,
            informationUri: ctx.informationUri ?? DEFAULT_INFORMATION_URI,
            rules: metas.map(sarifRule)
          }
        },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((e) => errorNotification(e, ctx)),
            toolConfigurationNotifications: report.notices.map((n) => noticeNotification(n, ctx))
          }
        ],
        originalUriBaseIds: {
          [SRCROOT]: { uri: srcRootUri(ctx), description: { text: "The repository root." } }
        },
        // Parser columns count UTF-16 code units (JavaScript string indices).
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          decision: report.decision,
          stacks: report.stacks.map((s) => ({ file: repoRelative(s.file, ctx).path, name: s.name, score: s.score, decision: s.decision }))
        }
      }
    ]
  };
  return JSON.stringify(sarif, null, 2);
}
var import_node_path2, import_node_url, SCHEMA, SRCROOT, MAX_DESCRIPTION;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    import_node_path2 = require("node:path");
    import_node_url = require("node:url");
    init_context();
    SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    SRCROOT = "%SRCROOT%";
    MAX_DESCRIPTION = 1024;
  }
});

// src/report/junit.ts
var junit_exports = {};
__export(junit_exports, {
  formatJunit: () => formatJunit,
  xmlAttr: () => xmlAttr,
  xmlText: () => xmlText
});
function xmlText(text) {
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function xmlAttr(text) {
  return xmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
function attrs(pairs) {
  return Object.entries(pairs).map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join("");
}
function findingCase(report, finding, name, ctx) {
  const rule = ruleFor(report, ctx, finding.ruleId);
  const message = renderMessage(rule, finding);
  const classname = locationText(finding.file, null, null, ctx);
  if (!isActive(finding)) {
    const reason = finding.reason?.trim() || "no reason recorded";
    return { classname, name, body: `<skipped${attrs({ message: `${finding.status}: ${reason}` })}/>`, failed: false, skipped: true, errored: false };
  }
  const fix = fixText(rule, finding);
  const lines = [
    message,
    `Location: ${locationText(finding.file, finding.line, finding.column, ctx)}`,
    `Resource: ${resourceText(finding)} [${finding.resourceType}]`,
    `Risk: ${finding.risk}${finding.outcome === "unknown" ? " (outcome unknown)" : ""}`,
    ...fix ? [`Fix: ${fix}`] : []
  ];
  const body = `<failure${attrs({ message, type: finding.ruleId })}>${xmlText(lines.join("\n"))}</failure>`;
  return { classname, name, body, failed: true, skipped: false, errored: false };
}
function decisionCase(stack, classname) {
  const { approval, fail } = stack.thresholds;
  const summary2 = `Score ${stack.score} (manual approval at ${approval}, fail at ${fail}): ${stack.decision}`;
  switch (stack.decision) {
    case "fail":
      return { classname, name: "decision", body: `<failure${attrs({ message: summary2, type: "decision" })}>${xmlText(summary2)}</failure>`, failed: true, skipped: false, errored: false };
    case "manual-approval":
      return { classname, name: "decision", body: `<system-out>${xmlText(`${summary2}; manual approval required`)}</system-out>`, failed: false, skipped: false, errored: false };
    case "pass":
      return { classname, name: "decision", body: `<system-out>${xmlText(summary2)}</system-out>`, failed: false, skipped: false, errored: false };
    default: {
      const unreachable = stack.decision;
      throw new Error(`unknown decision ${String(unreachable)}`);
    }
  }
}
function uniqueNamer() {
  const seen = /* @__PURE__ */ new Set();
  return (base, finding) => {
    let name = seen.has(base) ? `${base} (${finding.line}:${finding.column})` : base;
    for (let n = 2; seen.has(name); n++) name = `${base} #${n}`;
    seen.add(name);
    return name;
  };
}
function suite(name, cases) {
  const head = attrs({
    name,
    tests: cases.length,
    failures: cases.filter((c) => c.failed).length,
    errors: cases.filter((c) => c.errored).length,
    skipped: cases.filter((c) => c.skipped).length,
    time: 0
  });
  const body = cases.map((c) => {
    const open = `    <testcase${attrs({ classname: c.classname, name: c.name, time: 0 })}`;
    return c.body ? `${open}>
      ${c.body}
    </testcase>` : `${open}/>`;
  });
  return [`  <testsuite${head}>`, ...body, "  </testsuite>"].join("\n");
}
function formatJunit(report, ctx) {
  const suites = report.stacks.map((stack) => {
    const classname = locationText(stack.file, null, null, ctx);
    const nameOf = uniqueNamer();
    const cases = sortFindings(stack.findings).map((f) => findingCase(report, f, nameOf(`${f.ruleId} ${f.logicalId}`, f), ctx));
    return { name: stack.name ?? classname, cases: [...cases, decisionCase(stack, classname)] };
  });
  if (report.errors.length > 0) {
    const cases = report.errors.map((e) => {
      const where = locationText(e.file, e.line, e.column, ctx);
      return {
        classname: locationText(e.file, null, null, ctx),
        name: `audit ${where}`,
        body: `<error${attrs({ message: e.message, type: "AuditError" })}>${xmlText(`${where}
${e.message}`)}</error>`,
        failed: false,
        skipped: false,
        errored: true
      };
    });
    suites.push({ name: "cfn-audit errors", cases });
  }
  const all = suites.flatMap((s) => s.cases);
  const root = attrs({
    name: "cfn-audit",
    tests: all.length,
    failures: all.filter((c) => c.failed).length,
    errors: all.filter((c) => c.errored).length,
    skipped: all.filter((c) => c.skipped).length,
    time: 0
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${root}>`, ...suites.map((s) => suite(s.name, s.cases)), "</testsuites>", ""].join("\n");
}
var INVALID_XML;
var init_junit = __esm({
  "src/report/junit.ts"() {
    "use strict";
    init_context();
    INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  }
});

// src/report/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  MAX_BYTES: () => MAX_BYTES,
  MAX_ROWS: () => MAX_ROWS,
  cell: () => cell,
  code: () => code,
  formatMarkdown: () => formatMarkdown,
  markdownCell: () => markdownCell
});
function badge(decision) {
  return `${EMOJI[decision]} ${decision}`;
}
function clip2(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function html(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function breaks(text) {
  return text.replace(/\r\n|\r|\n/g, "<br>");
}
function markdownCell(text, max = MAX_CELL) {
  const parts = clip2(text, max).split(/((`+)[^`][\s\S]*?\2)/);
  let out = "";
  for (let i = 0; i < parts.length; i += 3) {
    out += html(parts[i] ?? "") + (parts[i + 1] ?? "");
  }
  return breaks(out.replace(/(\\*)\|/g, (_m, bs) => `${bs}${bs}\\|`));
}
function cell(text, max = MAX_CELL) {
  const escaped = clip2(text, max).replace(/[\\`*_[\]~]/g, "\\$&").replace(/@(?=\w)/g, "@\u200D");
  return breaks(html(escaped).replace(/\|/g, "\\|"));
}
function code(text, max = MAX_CELL) {
  const clipped = clip2(text, max).replace(/\r\n|\r|\n/g, " ");
  if (clipped.includes("\\|")) return cell(clipped, Infinity);
  const longest = Math.max(0, ...(clipped.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longest + 1);
  const pad = clipped.startsWith("`") || clipped.endsWith("`") ? " " : "";
  return `${fence}${pad}${clipped.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function resourceCell(f) {
  return f.cdkPath ? `${code(f.logicalId)}<br>${code(f.cdkPath)}` : code(f.logicalId);
}
function stackLabel(stack) {
  return stack.name ?? "\u2014";
}
function omitted(count, what) {
  return count > 0 ? ["", `_\u2026 and ${count} more ${what} not shown here; see the SARIF or JSON report._`] : [];
}
function render(report, ctx, maxRows) {
  const findings = allFindings(report);
  const active = findings.filter(isActive);
  const inactive = findings.filter((f) => !isActive(f));
  const unknown2 = active.filter((f) => f.outcome === "unknown");
  const out = [];
  out.push(`## ${EMOJI[report.decision]} cfn-audit: ${report.decision}`, "");
  const counts2 = [
    `${report.stacks.length} stack${report.stacks.length === 1 ? "" : "s"}`,
    `${active.length} active finding${active.length === 1 ? "" : "s"}`,
    ...unknown2.length ? [`${unknown2.length} unresolved`] : [],
    `${inactive.length} suppressed, excepted or baselined`,
    ...report.errors.length ? [`${report.errors.length} error${report.errors.length === 1 ? "" : "s"}`] : []
  ];
  out.push(counts2.join(" \xB7 "));
  if (report.errors.length) out.push("", "> [!CAUTION]", "> Some templates could not be audited, so the run cannot pass. See **Errors** below.");
  if (report.stacks.length) {
    out.push("", "### Stacks", "", "| Stack | File | Score | Decision | Thresholds |", "| --- | --- | ---: | --- | --- |");
    for (const s of report.stacks.slice(0, maxRows)) {
      out.push(
        `| ${cell(stackLabel(s))} | ${code(locationText(s.file, null, null, ctx))} | ${s.score} | ${badge(s.decision)} | approval \u2265 ${s.thresholds.approval}, fail \u2265 ${s.thresholds.fail} |`
      );
    }
    out.push(...omitted(report.stacks.length - maxRows, "stacks"));
  }
  if (active.length) {
    const rows = [...active].sort((a, b) => b.risk - a.risk).slice(0, maxRows);
    out.push("", `### Findings (${active.length})`, "", "| Rule | Risk | Finding | Resource | Location | Fix |", "| --- | ---: | --- | --- | --- | --- |");
    for (const f of rows) {
      const rule = ruleFor(report, ctx, f.ruleId);
      const flag = f.outcome === "unknown" ? " \u2753" : "";
      out.push(
        `| ${code(f.ruleId)}${flag} | ${f.risk} | ${cell(renderMessage(rule, f))} | ${resourceCell(f)} | ${code(locationText(f.file, f.line, f.column, ctx))} | ${markdownCell(fixText(rule, f))} |`
      );
    }
    out.push(...omitted(active.length - rows.length, "active findings"));
    if (unknown2.length) {
      out.push("", `\u2753 ${unknown2.length} finding${unknown2.length === 1 ? "" : "s"} could not be decided because a value was not resolvable (a parameter without default, an import, \u2026). Review ${unknown2.length === 1 ? "it" : "them"} by hand.`);
    }
  } else {
    out.push("", "No active findings.");
  }
  if (inactive.length) {
    const rows = inactive.slice(0, maxRows);
    out.push("", "<details>", `<summary>Suppressed, excepted and baselined findings (${inactive.length})</summary>`, "");
    out.push("| Rule | Status | Resource | Location | Reason |", "| --- | --- | --- | --- | --- |");
    for (const f of rows) {
      out.push(`| ${code(f.ruleId)} | ${f.status} | ${resourceCell(f)} | ${code(locationText(f.file, f.line, f.column, ctx))} | ${cell(f.reason?.trim() || "no reason recorded")} |`);
    }
    out.push(...omitted(inactive.length - rows.length, "suppressed findings"), "", "</details>");
  }
  if (report.errors.length) {
    out.push("", "### Errors", "");
    for (const e of report.errors.slice(0, maxRows)) out.push(`- ${code(locationText(e.file, e.line, e.column, ctx))}: ${cell(e.message)}`);
    out.push(...omitted(report.errors.length - maxRows, "errors"));
  }
  if (report.notices.length) {
    out.push("", "### Notices", "");
    for (const n of report.notices.slice(0, maxRows)) {
      out.push(`- ${n.file ? `${code(locationText(n.file, null, null, ctx))}: ` : ""}${cell(n.message)}`);
    }
    out.push(...omitted(report.notices.length - maxRows, "notices"));
  }
  if (active.length || report.decision !== "pass") {
    out.push(
      "",
      "<details>",
      "<summary>How to approve or suppress</summary>",
      "",
      "- **Fix it** (preferred): see the *Fix* column.",
      "- **Suppress in the template**, with a reason, on the resource:",
      "  ```yaml",
      "  Metadata:",
      "    cfn-audit:",
      "      suppress:",
      "        - rule: SSHOpenToWorld",
      "          reason: Bastion host, access limited by NACL (SEC-123)",
      "  ```",
      "  In CDK: `resource.cfnOptions.metadata = { 'cfn-audit': { suppress: [{ rule, reason }] } }`.",
      "- **Add an exception** in `.cfn-audit.yml`: the rule, a glob on `file#LogicalId` or the CDK path, a reason and optionally an expiry date.",
      "- **Approve**: a manual-approval decision is accepted by a reviewer through the approval label on the pull request or the pipeline's manual approval step.",
      "",
      "</details>"
    );
  }
  return `${out.join("\n")}
`;
}
function formatMarkdown(report, ctx) {
  let rows = MAX_ROWS;
  let text = render(report, ctx, rows);
  while (Buffer.byteLength(text, "utf8") > MAX_BYTES && rows > 1) {
    rows = Math.floor(rows / 2);
    text = render(report, ctx, rows);
  }
  return text;
}
var MAX_ROWS, MAX_BYTES, MAX_CELL, EMOJI;
var init_markdown = __esm({
  "src/report/markdown.ts"() {
    "use strict";
    init_context();
    MAX_ROWS = 200;
    MAX_BYTES = 1e6;
    MAX_CELL = 400;
    EMOJI = {
      pass: "\u2705",
      "manual-approval": "\u26A0\uFE0F",
      fail: "\u274C"
    };
  }
});

// src/report/github.ts
var github_exports = {};
__export(github_exports, {
  MAX_PER_LEVEL: () => MAX_PER_LEVEL,
  command: () => command,
  escapeData: () => escapeData2,
  escapeProperty: () => escapeProperty2,
  formatGithub: () => formatGithub
});
function escapeData2(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty2(text) {
  return escapeData2(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(a) {
  const props2 = [];
  if (a.file !== void 0) props2.push(`file=${escapeProperty2(a.file)}`);
  if (a.line !== void 0) props2.push(`line=${a.line}`);
  if (a.col !== void 0) props2.push(`col=${a.col}`);
  if (a.title !== void 0) props2.push(`title=${escapeProperty2(a.title)}`);
  return `::${a.level}${props2.length ? ` ${props2.join(",")}` : ""}::${escapeData2(a.message)}`;
}
function annotationLevel(risk) {
  const level = levelForRisk(risk);
  return level === "note" ? "notice" : level;
}
function findingAnnotation(report, f, ctx) {
  const rule = ruleFor(report, ctx, f.ruleId);
  const fix = fixText(rule, f);
  const lines = [renderMessage(rule, f), `Resource: ${resourceText(f)} [${f.resourceType}]`, ...fix ? [`Fix: ${fix}`] : []];
  return {
    level: annotationLevel(f.risk),
    file: repoRelative(f.file, ctx).path,
    line: f.line,
    col: f.column,
    title: `cfn-audit ${f.ruleId} (risk ${f.risk})${f.outcome === "unknown" ? " unresolved" : ""}`,
    message: lines.join("\n")
  };
}
function formatGithub(report, ctx) {
  const errors = report.errors.map((e) => ({
    level: "error",
    file: repoRelative(e.file, ctx).path,
    ...e.line !== null ? { line: e.line } : {},
    ...e.line !== null && e.column !== null ? { col: e.column } : {},
    title: "cfn-audit could not audit this file",
    message: e.message
  }));
  const findings = report.stacks.flatMap((s) => s.findings).filter(isActive).sort((a, b) => b.risk - a.risk || compareFindings(a, b)).map((f) => findingAnnotation(report, f, ctx));
  const candidates = [...errors, ...findings];
  const total = candidates.length;
  const byLevel = (level) => candidates.filter((a) => a.level === level);
  const shownErrors = byLevel("error").slice(0, MAX_PER_LEVEL);
  const shownWarnings = byLevel("warning").slice(0, MAX_PER_LEVEL);
  const notices = byLevel("notice");
  const wouldHide = total - shownErrors.length - shownWarnings.length - Math.min(notices.length, MAX_PER_LEVEL);
  const shownNotices = notices.slice(0, wouldHide > 0 ? MAX_PER_LEVEL - 1 : MAX_PER_LEVEL);
  const shown = [...shownErrors, ...shownWarnings, ...shownNotices];
  const hidden = total - shown.length;
  const lines = shown.map(command);
  if (hidden > 0) {
    lines.push(
      command({
        level: "notice",
        title: "cfn-audit",
        message: `${hidden} more result${hidden === 1 ? "" : "s"} not shown as annotations (GitHub shows at most ${MAX_PER_LEVEL} per level); see the job summary or the SARIF report.`
      })
    );
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}
var MAX_PER_LEVEL;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    init_context();
    MAX_PER_LEVEL = 10;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap3;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar3;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit2;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error3) {
            onError(String(error3));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error3 = new Error("Failed to resolve repeated object (this should not happen)");
              error3.source = source;
              throw error3;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test2 = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test2) || compat?.some(test2))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props2 = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props2.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props2.push(doc.directives.tagString(tag));
      return props2.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props2 = stringifyProps(node, tagObj, ctx);
      if (props2.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props2.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props2)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props2} ${str2}` : `${props2}
${ctx.indent}${str2}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug2(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug2;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items2.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items2, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items2) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str2.substr(1) : prefix2 + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match2 = str2.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error3) => {
      if (error3.pos[0] === -1)
        return;
      error3.linePos = error3.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error3.linePos[0];
      error3.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error3.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error3.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items2.some((pair2) => isEqual(pair2.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep5, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep5) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep5 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep5, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props2 = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props2.found) {
          if (props2.anchor || props2.tag || value) {
            if (value?.type === "block-seq")
              onError(props2.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props2.end;
            if (props2.comment)
              seq.comment = props2.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props2, onError) : composeEmptyNode(ctx, props2.end, start, null, props2, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep5 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep5 + cb;
              sep5 = "";
              break;
            }
            case "newline":
              if (comment)
                sep5 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep5, value } = collItem;
        const props2 = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props2.found) {
          if (!props2.anchor && !props2.tag && !sep5 && !value) {
            if (i === 0 && props2.comma)
              onError(props2.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props2.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props2.comment) {
              if (coll.comment)
                coll.comment += "\n" + props2.comment;
              else
                coll.comment = props2.comment;
            }
            offset = props2.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props2.comma)
            onError(props2.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props2.comma)
            onError(props2.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props2.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props2.comment = props2.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep5 && !props2.found) {
          const valueNode = value ? composeNode(ctx, value, props2, onError) : composeEmptyNode(ctx, props2.end, sep5, null, props2, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props2.end;
          const keyNode = key ? composeNode(ctx, key, props2, onError) : composeEmptyNode(ctx, keyStart, start, null, props2, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep5 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props2.found && ctx.options.strict) {
              if (sep5)
                for (const st of sep5) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props2.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep5, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props2, onError) {
      const tagToken = props2.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props2;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep5 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep5 === " ")
            sep5 = "\n";
          else if (!prevMoreIndented && sep5 === "\n")
            sep5 = "\n\n";
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep5 === "\n")
            value += "\n";
          else
            sep5 = "\n";
        } else {
          value += sep5 + content;
          sep5 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props: props2 }, strict, onError) {
      if (props2[0].type !== "block-scalar-header") {
        onError(props2[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props2[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error3 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error3 === -1)
            error3 = offset + i;
        }
      }
      if (error3 !== -1)
        onError(error3, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props2.length; ++i) {
        const token = props2[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first2 = split[0];
      const m = first2.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first2.slice(m[1].length)] : ["", first2];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep5 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep5 === "\n")
            res += sep5;
          else
            sep5 = "\n";
        } else {
          res += sep5 + lm;
          sep5 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep5 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error3) {
        const msg = error3 instanceof Error ? error3.message : String(error3);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props2, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props2;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props2, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error3) {
            const message = error3 instanceof Error ? error3.message : String(error3);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props2, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props2 = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props2.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props2.hasNewline)
          onError(props2.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props2, onError) : composeNode.composeEmptyNode(ctx, props2.end, start, null, props2, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error3 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error3);
            else
              this.doc.errors.push(error3);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props2 = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props2, end))
            props2.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props: props2, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props2 = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props2, "end" in token ? token.end : void 0))
          props2.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props: props2, source: body });
      }
    }
    function addEndtoBlockProps(props2, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props2.push(st);
              break;
            case "newline":
              props2.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep5, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep5)
        for (const st of sep5)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index2] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      const parent = visit2.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports2.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar3;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test2) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test2(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error3) {
        const token = error3 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep5;
          if (scalar.end) {
            sep5 = scalar.end;
            sep5.push(this.sourceToken);
            delete scalar.end;
          } else
            sep5 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep5 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep5 = it.sep;
                  sep5.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep5 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep5 = fc.end.splice(1, fc.end.length);
            sep5.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep5 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse3;
    exports2.parseAllDocuments = parseAllDocuments2;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit2.visit;
    exports2.visitAsync = visit2.visitAsync;
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result2 = "", start = pos;
    while (true) {
      if (pos >= len) {
        result2 += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result2 += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result2 += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result2 += '"';
            break;
          case 92:
            result2 += "\\";
            break;
          case 47:
            result2 += "/";
            break;
          case 98:
            result2 += "\b";
            break;
          case 102:
            result2 += "\f";
            break;
          case 110:
            result2 += "\n";
            break;
          case 114:
            result2 += "\r";
            break;
          case 116:
            result2 += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result2 += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result2 += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result2;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code2 = text.charCodeAt(pos);
    if (isWhiteSpace(code2)) {
      do {
        pos++;
        value += String.fromCharCode(code2);
        code2 = text.charCodeAt(pos);
      } while (isWhiteSpace(code2));
      return token = 15;
    }
    if (isLineBreak(code2)) {
      pos++;
      value += String.fromCharCode(code2);
      if (code2 === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code2) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code2);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code2)) {
          pos++;
          code2 = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code2) {
    if (isWhiteSpace(code2) || isLineBreak(code2)) {
      return false;
    }
    switch (code2) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result2;
    do {
      result2 = scanNext();
    } while (result2 >= 12 && result2 <= 15);
    return result2;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    cachedSpaces = new Array(20).fill(0).map((_, index2) => {
      return " ".repeat(index2);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\n" + " ".repeat(index2);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\r" + " ".repeat(index2);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\r\n" + " ".repeat(index2);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\n" + "	".repeat(index2);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\r" + "	".repeat(index2);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\r\n" + "	".repeat(index2);
        })
      }
    };
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
var init_format = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_scanner();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error3, offset, length) => {
      errors.push({ error: error3, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep5, offset, length) => {
      if (currentParent.type === "property") {
        if (sep5 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep5 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error3, offset, length) => {
      errors.push({ error: error3, offset, length });
    }
  };
  visit(text, visitor, options);
  const result2 = currentParent.children[0];
  if (result2) {
    delete result2.parent;
  }
  return result2;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error3, skipUntilAfter = [], skipUntil = []) {
    onError(error3);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_format();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
function printParseErrorCode(code2) {
  switch (code2) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
var ScanError, SyntaxKind, parse2, parseTree2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_format();
    init_edit();
    init_scanner();
    init_parser();
    (function(ScanError2) {
      ScanError2[ScanError2["None"] = 0] = "None";
      ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (ScanError = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    parse2 = parse;
    parseTree2 = parseTree;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// src/load/line-index.ts
var LineIndex;
var init_line_index = __esm({
  "src/load/line-index.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
        for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
      }
      text;
      starts = [0];
      position(offset) {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
      }
      lineText(line) {
        const start = this.starts[line - 1];
        if (start === void 0) return "";
        const next = this.starts[line];
        return this.text.slice(start, next === void 0 ? void 0 : next - 1).replace(/\r$/, "");
      }
    };
  }
});

// node_modules/js-yaml/lib/common.js
var require_common = __commonJS({
  "node_modules/js-yaml/lib/common.js"(exports2, module2) {
    "use strict";
    function isNothing(subject) {
      return typeof subject === "undefined" || subject === null;
    }
    function isObject(subject) {
      return typeof subject === "object" && subject !== null;
    }
    function toArray(sequence) {
      if (Array.isArray(sequence)) return sequence;
      else if (isNothing(sequence)) return [];
      return [sequence];
    }
    function extend(target, source) {
      if (source) {
        const sourceKeys = Object.keys(source);
        for (let index2 = 0, length = sourceKeys.length; index2 < length; index2 += 1) {
          const key = sourceKeys[index2];
          target[key] = source[key];
        }
      }
      return target;
    }
    function repeat(string, count) {
      let result2 = "";
      for (let cycle = 0; cycle < count; cycle += 1) {
        result2 += string;
      }
      return result2;
    }
    function isNegativeZero(number) {
      return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
    }
    module2.exports.isNothing = isNothing;
    module2.exports.isObject = isObject;
    module2.exports.toArray = toArray;
    module2.exports.repeat = repeat;
    module2.exports.isNegativeZero = isNegativeZero;
    module2.exports.extend = extend;
  }
});

// node_modules/js-yaml/lib/exception.js
var require_exception = __commonJS({
  "node_modules/js-yaml/lib/exception.js"(exports2, module2) {
    "use strict";
    function formatError(exception2, compact) {
      let where = "";
      const message = exception2.reason || "(unknown reason)";
      if (!exception2.mark) return message;
      if (exception2.mark.name) {
        where += 'in "' + exception2.mark.name + '" ';
      }
      where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
      if (!compact && exception2.mark.snippet) {
        where += "\n\n" + exception2.mark.snippet;
      }
      return message + " " + where;
    }
    function YAMLException(reason, mark) {
      Error.call(this);
      this.name = "YAMLException";
      this.reason = reason;
      this.mark = mark;
      this.message = formatError(this, false);
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, this.constructor);
      } else {
        this.stack = new Error().stack || "";
      }
    }
    YAMLException.prototype = Object.create(Error.prototype);
    YAMLException.prototype.constructor = YAMLException;
    YAMLException.prototype.toString = function toString(compact) {
      return this.name + ": " + formatError(this, compact);
    };
    module2.exports = YAMLException;
  }
});

// node_modules/js-yaml/lib/snippet.js
var require_snippet = __commonJS({
  "node_modules/js-yaml/lib/snippet.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
      let head = "";
      let tail = "";
      const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
      if (position - lineStart > maxHalfLength) {
        head = " ... ";
        lineStart = position - maxHalfLength + head.length;
      }
      if (lineEnd - position > maxHalfLength) {
        tail = " ...";
        lineEnd = position + maxHalfLength - tail.length;
      }
      return {
        str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
        pos: position - lineStart + head.length
        // relative position
      };
    }
    function padStart(string, max) {
      return common.repeat(" ", max - string.length) + string;
    }
    function makeSnippet(mark, options) {
      options = Object.create(options || null);
      if (!mark.buffer) return null;
      if (!options.maxLength) options.maxLength = 79;
      if (typeof options.indent !== "number") options.indent = 1;
      if (typeof options.linesBefore !== "number") options.linesBefore = 3;
      if (typeof options.linesAfter !== "number") options.linesAfter = 2;
      const re = /\r?\n|\r|\0/g;
      const lineStarts = [0];
      const lineEnds = [];
      let match2;
      let foundLineNo = -1;
      while (match2 = re.exec(mark.buffer)) {
        lineEnds.push(match2.index);
        lineStarts.push(match2.index + match2[0].length);
        if (mark.position <= match2.index && foundLineNo < 0) {
          foundLineNo = lineStarts.length - 2;
        }
      }
      if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
      let result2 = "";
      const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
      const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
      for (let i = 1; i <= options.linesBefore; i++) {
        if (foundLineNo - i < 0) break;
        const line2 = getLine(
          mark.buffer,
          lineStarts[foundLineNo - i],
          lineEnds[foundLineNo - i],
          mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
          maxLineLength
        );
        result2 = common.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result2;
      }
      const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
      result2 += common.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
      result2 += common.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
      for (let i = 1; i <= options.linesAfter; i++) {
        if (foundLineNo + i >= lineEnds.length) break;
        const line2 = getLine(
          mark.buffer,
          lineStarts[foundLineNo + i],
          lineEnds[foundLineNo + i],
          mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
          maxLineLength
        );
        result2 += common.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
      }
      return result2.replace(/\n$/, "");
    }
    module2.exports = makeSnippet;
  }
});

// node_modules/js-yaml/lib/type.js
var require_type = __commonJS({
  "node_modules/js-yaml/lib/type.js"(exports2, module2) {
    "use strict";
    var YAMLException = require_exception();
    var TYPE_CONSTRUCTOR_OPTIONS = [
      "kind",
      "multi",
      "resolve",
      "construct",
      "instanceOf",
      "predicate",
      "represent",
      "representName",
      "defaultStyle",
      "styleAliases"
    ];
    var YAML_NODE_KINDS = [
      "scalar",
      "sequence",
      "mapping"
    ];
    function compileStyleAliases(map) {
      const result2 = {};
      if (map !== null) {
        Object.keys(map).forEach(function(style) {
          map[style].forEach(function(alias) {
            result2[String(alias)] = style;
          });
        });
      }
      return result2;
    }
    function Type(tag, options) {
      options = options || {};
      Object.keys(options).forEach(function(name) {
        if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
          throw new YAMLException('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
        }
      });
      this.options = options;
      this.tag = tag;
      this.kind = options["kind"] || null;
      this.resolve = options["resolve"] || function() {
        return true;
      };
      this.construct = options["construct"] || function(data) {
        return data;
      };
      this.instanceOf = options["instanceOf"] || null;
      this.predicate = options["predicate"] || null;
      this.represent = options["represent"] || null;
      this.representName = options["representName"] || null;
      this.defaultStyle = options["defaultStyle"] || null;
      this.multi = options["multi"] || false;
      this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
      if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
        throw new YAMLException('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
      }
    }
    module2.exports = Type;
  }
});

// node_modules/js-yaml/lib/schema.js
var require_schema4 = __commonJS({
  "node_modules/js-yaml/lib/schema.js"(exports2, module2) {
    "use strict";
    var YAMLException = require_exception();
    var Type = require_type();
    function compileList(schema, name) {
      const result2 = [];
      schema[name].forEach(function(currentType) {
        let newIndex = result2.length;
        result2.forEach(function(previousType, previousIndex) {
          if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
            newIndex = previousIndex;
          }
        });
        result2[newIndex] = currentType;
      });
      return result2;
    }
    function compileMap() {
      const result2 = {
        scalar: {},
        sequence: {},
        mapping: {},
        fallback: {},
        multi: {
          scalar: [],
          sequence: [],
          mapping: [],
          fallback: []
        }
      };
      function collectType(type) {
        if (type.multi) {
          result2.multi[type.kind].push(type);
          result2.multi["fallback"].push(type);
        } else {
          result2[type.kind][type.tag] = result2["fallback"][type.tag] = type;
        }
      }
      for (let index2 = 0, length = arguments.length; index2 < length; index2 += 1) {
        arguments[index2].forEach(collectType);
      }
      return result2;
    }
    function Schema(definition) {
      return this.extend(definition);
    }
    Schema.prototype.extend = function extend(definition) {
      let implicit = [];
      let explicit = [];
      if (definition instanceof Type) {
        explicit.push(definition);
      } else if (Array.isArray(definition)) {
        explicit = explicit.concat(definition);
      } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
        if (definition.implicit) implicit = implicit.concat(definition.implicit);
        if (definition.explicit) explicit = explicit.concat(definition.explicit);
      } else {
        throw new YAMLException("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
      }
      implicit.forEach(function(type) {
        if (!(type instanceof Type)) {
          throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
        }
        if (type.loadKind && type.loadKind !== "scalar") {
          throw new YAMLException("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
        }
        if (type.multi) {
          throw new YAMLException("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
        }
      });
      explicit.forEach(function(type) {
        if (!(type instanceof Type)) {
          throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
        }
      });
      const result2 = Object.create(Schema.prototype);
      result2.implicit = (this.implicit || []).concat(implicit);
      result2.explicit = (this.explicit || []).concat(explicit);
      result2.compiledImplicit = compileList(result2, "implicit");
      result2.compiledExplicit = compileList(result2, "explicit");
      result2.compiledTypeMap = compileMap(result2.compiledImplicit, result2.compiledExplicit);
      return result2;
    };
    module2.exports = Schema;
  }
});

// node_modules/js-yaml/lib/type/str.js
var require_str = __commonJS({
  "node_modules/js-yaml/lib/type/str.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    module2.exports = new Type("tag:yaml.org,2002:str", {
      kind: "scalar",
      construct: function(data) {
        return data !== null ? data : "";
      }
    });
  }
});

// node_modules/js-yaml/lib/type/seq.js
var require_seq2 = __commonJS({
  "node_modules/js-yaml/lib/type/seq.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    module2.exports = new Type("tag:yaml.org,2002:seq", {
      kind: "sequence",
      construct: function(data) {
        return data !== null ? data : [];
      }
    });
  }
});

// node_modules/js-yaml/lib/type/map.js
var require_map2 = __commonJS({
  "node_modules/js-yaml/lib/type/map.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    module2.exports = new Type("tag:yaml.org,2002:map", {
      kind: "mapping",
      construct: function(data) {
        return data !== null ? data : {};
      }
    });
  }
});

// node_modules/js-yaml/lib/schema/failsafe.js
var require_failsafe = __commonJS({
  "node_modules/js-yaml/lib/schema/failsafe.js"(exports2, module2) {
    "use strict";
    var Schema = require_schema4();
    module2.exports = new Schema({
      explicit: [
        require_str(),
        require_seq2(),
        require_map2()
      ]
    });
  }
});

// node_modules/js-yaml/lib/type/null.js
var require_null2 = __commonJS({
  "node_modules/js-yaml/lib/type/null.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveYamlNull(data) {
      if (data === null) return true;
      const max = data.length;
      return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
    }
    function constructYamlNull() {
      return null;
    }
    function isNull(object) {
      return object === null;
    }
    module2.exports = new Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: resolveYamlNull,
      construct: constructYamlNull,
      predicate: isNull,
      represent: {
        canonical: function() {
          return "~";
        },
        lowercase: function() {
          return "null";
        },
        uppercase: function() {
          return "NULL";
        },
        camelcase: function() {
          return "Null";
        },
        empty: function() {
          return "";
        }
      },
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/js-yaml/lib/type/bool.js
var require_bool3 = __commonJS({
  "node_modules/js-yaml/lib/type/bool.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveYamlBoolean(data) {
      if (data === null) return false;
      const max = data.length;
      return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
    }
    function constructYamlBoolean(data) {
      return data === "true" || data === "True" || data === "TRUE";
    }
    function isBoolean(object) {
      return Object.prototype.toString.call(object) === "[object Boolean]";
    }
    module2.exports = new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: resolveYamlBoolean,
      construct: constructYamlBoolean,
      predicate: isBoolean,
      represent: {
        lowercase: function(object) {
          return object ? "true" : "false";
        },
        uppercase: function(object) {
          return object ? "TRUE" : "FALSE";
        },
        camelcase: function(object) {
          return object ? "True" : "False";
        }
      },
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/js-yaml/lib/type/int.js
var require_int3 = __commonJS({
  "node_modules/js-yaml/lib/type/int.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    var Type = require_type();
    function isHexCode(c) {
      return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
    }
    function isOctCode(c) {
      return c >= 48 && c <= 55;
    }
    function isDecCode(c) {
      return c >= 48 && c <= 57;
    }
    function resolveYamlInteger(data) {
      if (data === null) return false;
      const max = data.length;
      let index2 = 0;
      let hasDigits = false;
      if (!max) return false;
      let ch = data[index2];
      if (ch === "-" || ch === "+") {
        ch = data[++index2];
      }
      if (ch === "0") {
        if (index2 + 1 === max) return true;
        ch = data[++index2];
        if (ch === "b") {
          index2++;
          for (; index2 < max; index2++) {
            ch = data[index2];
            if (ch !== "0" && ch !== "1") return false;
            hasDigits = true;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
        if (ch === "x") {
          index2++;
          for (; index2 < max; index2++) {
            if (!isHexCode(data.charCodeAt(index2))) return false;
            hasDigits = true;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
        if (ch === "o") {
          index2++;
          for (; index2 < max; index2++) {
            if (!isOctCode(data.charCodeAt(index2))) return false;
            hasDigits = true;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
      }
      for (; index2 < max; index2++) {
        if (!isDecCode(data.charCodeAt(index2))) {
          return false;
        }
        hasDigits = true;
      }
      if (!hasDigits) return false;
      return isFinite(parseYamlInteger(data));
    }
    function parseYamlInteger(data) {
      let value = data;
      let sign = 1;
      let ch = value[0];
      if (ch === "-" || ch === "+") {
        if (ch === "-") sign = -1;
        value = value.slice(1);
        ch = value[0];
      }
      if (value === "0") return 0;
      if (ch === "0") {
        if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
        if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
        if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
      }
      return sign * parseInt(value, 10);
    }
    function constructYamlInteger(data) {
      return parseYamlInteger(data);
    }
    function isInteger(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common.isNegativeZero(object));
    }
    module2.exports = new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: resolveYamlInteger,
      construct: constructYamlInteger,
      predicate: isInteger,
      represent: {
        binary: function(obj) {
          return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
        },
        octal: function(obj) {
          return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
        },
        decimal: function(obj) {
          return obj.toString(10);
        },
        hexadecimal: function(obj) {
          return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
        }
      },
      defaultStyle: "decimal",
      styleAliases: {
        binary: [2, "bin"],
        octal: [8, "oct"],
        decimal: [10, "dec"],
        hexadecimal: [16, "hex"]
      }
    });
  }
});

// node_modules/js-yaml/lib/type/float.js
var require_float3 = __commonJS({
  "node_modules/js-yaml/lib/type/float.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    var Type = require_type();
    var YAML_FLOAT_PATTERN = new RegExp(
      // 2.5e4, 2.5 and integers
      "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    );
    var YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
      "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    );
    function resolveYamlFloat(data) {
      if (data === null) return false;
      if (!YAML_FLOAT_PATTERN.test(data)) {
        return false;
      }
      if (isFinite(parseFloat(data, 10))) {
        return true;
      }
      return YAML_FLOAT_SPECIAL_PATTERN.test(data);
    }
    function constructYamlFloat(data) {
      let value = data.toLowerCase();
      const sign = value[0] === "-" ? -1 : 1;
      if ("+-".indexOf(value[0]) >= 0) {
        value = value.slice(1);
      }
      if (value === ".inf") {
        return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      } else if (value === ".nan") {
        return NaN;
      }
      return sign * parseFloat(value, 10);
    }
    var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
    function representYamlFloat(object, style) {
      if (isNaN(object)) {
        switch (style) {
          case "lowercase":
            return ".nan";
          case "uppercase":
            return ".NAN";
          case "camelcase":
            return ".NaN";
        }
      } else if (Number.POSITIVE_INFINITY === object) {
        switch (style) {
          case "lowercase":
            return ".inf";
          case "uppercase":
            return ".INF";
          case "camelcase":
            return ".Inf";
        }
      } else if (Number.NEGATIVE_INFINITY === object) {
        switch (style) {
          case "lowercase":
            return "-.inf";
          case "uppercase":
            return "-.INF";
          case "camelcase":
            return "-.Inf";
        }
      } else if (common.isNegativeZero(object)) {
        return "-0.0";
      }
      const res = object.toString(10);
      return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
    }
    function isFloat(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
    }
    module2.exports = new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: resolveYamlFloat,
      construct: constructYamlFloat,
      predicate: isFloat,
      represent: representYamlFloat,
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/js-yaml/lib/schema/json.js
var require_json = __commonJS({
  "node_modules/js-yaml/lib/schema/json.js"(exports2, module2) {
    "use strict";
    module2.exports = require_failsafe().extend({
      implicit: [
        require_null2(),
        require_bool3(),
        require_int3(),
        require_float3()
      ]
    });
  }
});

// node_modules/js-yaml/lib/schema/core.js
var require_core = __commonJS({
  "node_modules/js-yaml/lib/schema/core.js"(exports2, module2) {
    "use strict";
    module2.exports = require_json();
  }
});

// node_modules/js-yaml/lib/type/timestamp.js
var require_timestamp2 = __commonJS({
  "node_modules/js-yaml/lib/type/timestamp.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    var YAML_DATE_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
    );
    var YAML_TIMESTAMP_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
    );
    function resolveYamlTimestamp(data) {
      if (data === null) return false;
      if (YAML_DATE_REGEXP.exec(data) !== null) return true;
      if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
      return false;
    }
    function constructYamlTimestamp(data) {
      let fraction = 0;
      let delta = null;
      let match2 = YAML_DATE_REGEXP.exec(data);
      if (match2 === null) match2 = YAML_TIMESTAMP_REGEXP.exec(data);
      if (match2 === null) throw new Error("Date resolve error");
      const year = +match2[1];
      const month = +match2[2] - 1;
      const day = +match2[3];
      if (!match2[4]) {
        return new Date(Date.UTC(year, month, day));
      }
      const hour = +match2[4];
      const minute = +match2[5];
      const second = +match2[6];
      if (match2[7]) {
        fraction = match2[7].slice(0, 3);
        while (fraction.length < 3) {
          fraction += "0";
        }
        fraction = +fraction;
      }
      if (match2[9]) {
        const tzHour = +match2[10];
        const tzMinute = +(match2[11] || 0);
        delta = (tzHour * 60 + tzMinute) * 6e4;
        if (match2[9] === "-") delta = -delta;
      }
      const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
      if (delta) date.setTime(date.getTime() - delta);
      return date;
    }
    function representYamlTimestamp(object) {
      return object.toISOString();
    }
    module2.exports = new Type("tag:yaml.org,2002:timestamp", {
      kind: "scalar",
      resolve: resolveYamlTimestamp,
      construct: constructYamlTimestamp,
      instanceOf: Date,
      represent: representYamlTimestamp
    });
  }
});

// node_modules/js-yaml/lib/type/merge.js
var require_merge2 = __commonJS({
  "node_modules/js-yaml/lib/type/merge.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveYamlMerge(data) {
      return data === "<<" || data === null;
    }
    module2.exports = new Type("tag:yaml.org,2002:merge", {
      kind: "scalar",
      resolve: resolveYamlMerge
    });
  }
});

// node_modules/js-yaml/lib/type/binary.js
var require_binary2 = __commonJS({
  "node_modules/js-yaml/lib/type/binary.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    var BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
    function resolveYamlBinary(data) {
      if (data === null) return false;
      let bitlen = 0;
      const max = data.length;
      const map = BASE64_MAP;
      for (let idx = 0; idx < max; idx++) {
        const code2 = map.indexOf(data.charAt(idx));
        if (code2 > 64) continue;
        if (code2 < 0) return false;
        bitlen += 6;
      }
      return bitlen % 8 === 0;
    }
    function constructYamlBinary(data) {
      const input = data.replace(/[\r\n=]/g, "");
      const max = input.length;
      const map = BASE64_MAP;
      let bits = 0;
      const result2 = [];
      for (let idx = 0; idx < max; idx++) {
        if (idx % 4 === 0 && idx) {
          result2.push(bits >> 16 & 255);
          result2.push(bits >> 8 & 255);
          result2.push(bits & 255);
        }
        bits = bits << 6 | map.indexOf(input.charAt(idx));
      }
      const tailbits = max % 4 * 6;
      if (tailbits === 0) {
        result2.push(bits >> 16 & 255);
        result2.push(bits >> 8 & 255);
        result2.push(bits & 255);
      } else if (tailbits === 18) {
        result2.push(bits >> 10 & 255);
        result2.push(bits >> 2 & 255);
      } else if (tailbits === 12) {
        result2.push(bits >> 4 & 255);
      }
      return new Uint8Array(result2);
    }
    function representYamlBinary(object) {
      let result2 = "";
      let bits = 0;
      const max = object.length;
      const map = BASE64_MAP;
      for (let idx = 0; idx < max; idx++) {
        if (idx % 3 === 0 && idx) {
          result2 += map[bits >> 18 & 63];
          result2 += map[bits >> 12 & 63];
          result2 += map[bits >> 6 & 63];
          result2 += map[bits & 63];
        }
        bits = (bits << 8) + object[idx];
      }
      const tail = max % 3;
      if (tail === 0) {
        result2 += map[bits >> 18 & 63];
        result2 += map[bits >> 12 & 63];
        result2 += map[bits >> 6 & 63];
        result2 += map[bits & 63];
      } else if (tail === 2) {
        result2 += map[bits >> 10 & 63];
        result2 += map[bits >> 4 & 63];
        result2 += map[bits << 2 & 63];
        result2 += map[64];
      } else if (tail === 1) {
        result2 += map[bits >> 2 & 63];
        result2 += map[bits << 4 & 63];
        result2 += map[64];
        result2 += map[64];
      }
      return result2;
    }
    function isBinary(obj) {
      return Object.prototype.toString.call(obj) === "[object Uint8Array]";
    }
    module2.exports = new Type("tag:yaml.org,2002:binary", {
      kind: "scalar",
      resolve: resolveYamlBinary,
      construct: constructYamlBinary,
      predicate: isBinary,
      represent: representYamlBinary
    });
  }
});

// node_modules/js-yaml/lib/type/omap.js
var require_omap2 = __commonJS({
  "node_modules/js-yaml/lib/type/omap.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    var _toString = Object.prototype.toString;
    function resolveYamlOmap(data) {
      if (data === null) return true;
      const objectKeys = {};
      const object = data;
      for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
        const pair2 = object[index2];
        let pairHasKey = false;
        if (_toString.call(pair2) !== "[object Object]") return false;
        let pairKey;
        for (pairKey in pair2) {
          if (_hasOwnProperty.call(pair2, pairKey)) {
            if (!pairHasKey) pairHasKey = true;
            else return false;
          }
        }
        if (!pairHasKey) return false;
        if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
        Object.defineProperty(objectKeys, pairKey, { value: true });
      }
      return true;
    }
    function constructYamlOmap(data) {
      return data !== null ? data : [];
    }
    module2.exports = new Type("tag:yaml.org,2002:omap", {
      kind: "sequence",
      resolve: resolveYamlOmap,
      construct: constructYamlOmap
    });
  }
});

// node_modules/js-yaml/lib/type/pairs.js
var require_pairs2 = __commonJS({
  "node_modules/js-yaml/lib/type/pairs.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    var _toString = Object.prototype.toString;
    function resolveYamlPairs(data) {
      if (data === null) return true;
      const object = data;
      const result2 = new Array(object.length);
      for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
        const pair2 = object[index2];
        if (_toString.call(pair2) !== "[object Object]") return false;
        const keys = Object.keys(pair2);
        if (keys.length !== 1) return false;
        result2[index2] = [keys[0], pair2[keys[0]]];
      }
      return true;
    }
    function constructYamlPairs(data) {
      if (data === null) return [];
      const object = data;
      const result2 = new Array(object.length);
      for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
        const pair2 = object[index2];
        const keys = Object.keys(pair2);
        result2[index2] = [keys[0], pair2[keys[0]]];
      }
      return result2;
    }
    module2.exports = new Type("tag:yaml.org,2002:pairs", {
      kind: "sequence",
      resolve: resolveYamlPairs,
      construct: constructYamlPairs
    });
  }
});

// node_modules/js-yaml/lib/type/set.js
var require_set2 = __commonJS({
  "node_modules/js-yaml/lib/type/set.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    function resolveYamlSet(data) {
      if (data === null) return true;
      const object = data;
      for (const key in object) {
        if (_hasOwnProperty.call(object, key)) {
          if (object[key] !== null) return false;
        }
      }
      return true;
    }
    function constructYamlSet(data) {
      return data !== null ? data : {};
    }
    module2.exports = new Type("tag:yaml.org,2002:set", {
      kind: "mapping",
      resolve: resolveYamlSet,
      construct: constructYamlSet
    });
  }
});

// node_modules/js-yaml/lib/schema/default.js
var require_default = __commonJS({
  "node_modules/js-yaml/lib/schema/default.js"(exports2, module2) {
    "use strict";
    module2.exports = require_core().extend({
      implicit: [
        require_timestamp2(),
        require_merge2()
      ],
      explicit: [
        require_binary2(),
        require_omap2(),
        require_pairs2(),
        require_set2()
      ]
    });
  }
});

// node_modules/js-yaml/lib/loader.js
var require_loader = __commonJS({
  "node_modules/js-yaml/lib/loader.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    var YAMLException = require_exception();
    var makeSnippet = require_snippet();
    var DEFAULT_SCHEMA = require_default();
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    var CONTEXT_FLOW_IN = 1;
    var CONTEXT_FLOW_OUT = 2;
    var CONTEXT_BLOCK_IN = 3;
    var CONTEXT_BLOCK_OUT = 4;
    var CHOMPING_CLIP = 1;
    var CHOMPING_STRIP = 2;
    var CHOMPING_KEEP = 3;
    var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    var PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
    var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
    var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
    var PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
    function _class(obj) {
      return Object.prototype.toString.call(obj);
    }
    function isEol(c) {
      return c === 10 || c === 13;
    }
    function isWhiteSpace2(c) {
      return c === 9 || c === 32;
    }
    function isWsOrEol(c) {
      return c === 9 || c === 32 || c === 10 || c === 13;
    }
    function isFlowIndicator(c) {
      return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
    }
    function fromHexCode(c) {
      if (c >= 48 && c <= 57) {
        return c - 48;
      }
      const lc = c | 32;
      if (lc >= 97 && lc <= 102) {
        return lc - 97 + 10;
      }
      return -1;
    }
    function escapedHexLen(c) {
      if (c === 120) {
        return 2;
      }
      if (c === 117) {
        return 4;
      }
      if (c === 85) {
        return 8;
      }
      return 0;
    }
    function fromDecimalCode(c) {
      if (c >= 48 && c <= 57) {
        return c - 48;
      }
      return -1;
    }
    function simpleEscapeSequence(c) {
      switch (c) {
        case 48:
          return "\0";
        case 97:
          return "\x07";
        case 98:
          return "\b";
        case 116:
          return "	";
        case 9:
          return "	";
        case 110:
          return "\n";
        case 118:
          return "\v";
        case 102:
          return "\f";
        case 114:
          return "\r";
        case 101:
          return "\x1B";
        case 32:
          return " ";
        case 34:
          return '"';
        case 47:
          return "/";
        case 92:
          return "\\";
        case 78:
          return "\x85";
        case 95:
          return "\xA0";
        case 76:
          return "\u2028";
        case 80:
          return "\u2029";
        default:
          return "";
      }
    }
    function charFromCodepoint(c) {
      if (c <= 65535) {
        return String.fromCharCode(c);
      }
      return String.fromCharCode(
        (c - 65536 >> 10) + 55296,
        (c - 65536 & 1023) + 56320
      );
    }
    function setProperty2(object, key, value) {
      if (key === "__proto__") {
        Object.defineProperty(object, key, {
          configurable: true,
          enumerable: true,
          writable: true,
          value
        });
      } else {
        object[key] = value;
      }
    }
    var simpleEscapeCheck = new Array(256);
    var simpleEscapeMap = new Array(256);
    for (let i = 0; i < 256; i++) {
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
      simpleEscapeMap[i] = simpleEscapeSequence(i);
    }
    function State2(input, options) {
      this.input = input;
      this.filename = options["filename"] || null;
      this.schema = options["schema"] || DEFAULT_SCHEMA;
      this.onWarning = options["onWarning"] || null;
      this.legacy = options["legacy"] || false;
      this.json = options["json"] || false;
      this.listener = options["listener"] || null;
      this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
      this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
      this.implicitTypes = this.schema.compiledImplicit;
      this.typeMap = this.schema.compiledTypeMap;
      this.length = input.length;
      this.position = 0;
      this.line = 0;
      this.lineStart = 0;
      this.lineIndent = 0;
      this.depth = 0;
      this.totalMergeKeys = 0;
      this.firstTabInLine = -1;
      this.documents = [];
      this.anchorMapTransactions = [];
    }
    function generateError(state, message) {
      const mark = {
        name: state.filename,
        buffer: state.input.slice(0, -1),
        // omit trailing \0
        position: state.position,
        line: state.line,
        column: state.position - state.lineStart
      };
      mark.snippet = makeSnippet(mark);
      return new YAMLException(message, mark);
    }
    function throwError(state, message) {
      throw generateError(state, message);
    }
    function throwWarning(state, message) {
      if (state.onWarning) {
        state.onWarning.call(null, generateError(state, message));
      }
    }
    function storeAnchor(state, name, value) {
      const transactions = state.anchorMapTransactions;
      if (transactions.length !== 0) {
        const transaction = transactions[transactions.length - 1];
        if (!_hasOwnProperty.call(transaction, name)) {
          transaction[name] = {
            existed: _hasOwnProperty.call(state.anchorMap, name),
            value: state.anchorMap[name]
          };
        }
      }
      state.anchorMap[name] = value;
    }
    function beginAnchorTransaction(state) {
      state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
    }
    function commitAnchorTransaction(state) {
      const transaction = state.anchorMapTransactions.pop();
      const transactions = state.anchorMapTransactions;
      if (transactions.length === 0) return;
      const parent = transactions[transactions.length - 1];
      const names = Object.keys(transaction);
      for (let index2 = 0, length = names.length; index2 < length; index2 += 1) {
        const name = names[index2];
        if (!_hasOwnProperty.call(parent, name)) {
          parent[name] = transaction[name];
        }
      }
    }
    function rollbackAnchorTransaction(state) {
      const transaction = state.anchorMapTransactions.pop();
      const names = Object.keys(transaction);
      for (let index2 = names.length - 1; index2 >= 0; index2 -= 1) {
        const entry = transaction[names[index2]];
        if (entry.existed) {
          state.anchorMap[names[index2]] = entry.value;
        } else {
          delete state.anchorMap[names[index2]];
        }
      }
    }
    function snapshotState(state) {
      return {
        position: state.position,
        line: state.line,
        lineStart: state.lineStart,
        lineIndent: state.lineIndent,
        firstTabInLine: state.firstTabInLine,
        tag: state.tag,
        anchor: state.anchor,
        kind: state.kind,
        result: state.result
      };
    }
    function restoreState(state, snapshot) {
      state.position = snapshot.position;
      state.line = snapshot.line;
      state.lineStart = snapshot.lineStart;
      state.lineIndent = snapshot.lineIndent;
      state.firstTabInLine = snapshot.firstTabInLine;
      state.tag = snapshot.tag;
      state.anchor = snapshot.anchor;
      state.kind = snapshot.kind;
      state.result = snapshot.result;
    }
    var directiveHandlers = {
      YAML: function handleYamlDirective(state, name, args) {
        if (state.version !== null) {
          throwError(state, "duplication of %YAML directive");
        }
        if (args.length !== 1) {
          throwError(state, "YAML directive accepts exactly one argument");
        }
        const match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
        if (match2 === null) {
          throwError(state, "ill-formed argument of the YAML directive");
        }
        const major = parseInt(match2[1], 10);
        const minor = parseInt(match2[2], 10);
        if (major !== 1) {
          throwError(state, "unacceptable YAML version of the document");
        }
        state.version = args[0];
        state.checkLineBreaks = minor < 2;
        if (minor !== 1 && minor !== 2) {
          throwWarning(state, "unsupported YAML version of the document");
        }
      },
      TAG: function handleTagDirective(state, name, args) {
        let prefix2;
        if (args.length !== 2) {
          throwError(state, "TAG directive accepts exactly two arguments");
        }
        const handle = args[0];
        prefix2 = args[1];
        if (!PATTERN_TAG_HANDLE.test(handle)) {
          throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
        }
        if (_hasOwnProperty.call(state.tagMap, handle)) {
          throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
        }
        if (!PATTERN_TAG_URI.test(prefix2)) {
          throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
        }
        try {
          prefix2 = decodeURIComponent(prefix2);
        } catch (err) {
          throwError(state, "tag prefix is malformed: " + prefix2);
        }
        state.tagMap[handle] = prefix2;
      }
    };
    function captureSegment(state, start, end, checkJson) {
      if (start < end) {
        const _result = state.input.slice(start, end);
        if (checkJson) {
          for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
            const _character = _result.charCodeAt(_position);
            if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
              throwError(state, "expected valid JSON character");
            }
          }
        } else if (PATTERN_NON_PRINTABLE.test(_result)) {
          throwError(state, "the stream contains non-printable characters");
        }
        state.result += _result;
      }
    }
    function chargeMergeWork(state) {
      state.totalMergeKeys++;
      if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
        throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
      }
    }
    function mergeMappings(state, destination, source, overridableKeys) {
      if (!common.isObject(source)) {
        throwError(state, "cannot merge mappings; the provided source object is unacceptable");
      }
      chargeMergeWork(state);
      const sourceKeys = Object.keys(source);
      for (let index2 = 0, quantity = sourceKeys.length; index2 < quantity; index2 += 1) {
        const key = sourceKeys[index2];
        chargeMergeWork(state);
        if (!_hasOwnProperty.call(destination, key)) {
          setProperty2(destination, key, source[key]);
          overridableKeys[key] = true;
        }
      }
    }
    function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
      if (Array.isArray(keyNode)) {
        keyNode = Array.prototype.slice.call(keyNode);
        for (let index2 = 0, quantity = keyNode.length; index2 < quantity; index2 += 1) {
          if (Array.isArray(keyNode[index2])) {
            throwError(state, "nested arrays are not supported inside keys");
          }
          if (typeof keyNode === "object" && _class(keyNode[index2]) === "[object Object]") {
            keyNode[index2] = "[object Object]";
          }
        }
      }
      if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
        keyNode = "[object Object]";
      }
      keyNode = String(keyNode);
      if (_result === null) {
        _result = {};
      }
      if (keyTag === "tag:yaml.org,2002:merge") {
        if (Array.isArray(valueNode)) {
          if (valueNode.length > 100) {
            throwError(state, "abnormal merge sequence size");
          }
          for (let index2 = 0, quantity = valueNode.length; index2 < quantity; index2 += 1) {
            mergeMappings(state, _result, valueNode[index2], overridableKeys);
          }
        } else {
          mergeMappings(state, _result, valueNode, overridableKeys);
        }
      } else {
        if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
          state.line = startLine || state.line;
          state.lineStart = startLineStart || state.lineStart;
          state.position = startPos || state.position;
          throwError(state, "duplicated mapping key");
        }
        setProperty2(_result, keyNode, valueNode);
        delete overridableKeys[keyNode];
      }
      return _result;
    }
    function readLineBreak(state) {
      const ch = state.input.charCodeAt(state.position);
      if (ch === 10) {
        state.position++;
      } else if (ch === 13) {
        state.position++;
        if (state.input.charCodeAt(state.position) === 10) {
          state.position++;
        }
      } else {
        throwError(state, "a line break is expected");
      }
      state.line += 1;
      state.lineStart = state.position;
      state.firstTabInLine = -1;
    }
    function skipSeparationSpace(state, allowComments, checkIndent) {
      let lineBreaks = 0;
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        while (isWhiteSpace2(ch)) {
          if (ch === 9 && state.firstTabInLine === -1) {
            state.firstTabInLine = state.position;
          }
          ch = state.input.charCodeAt(++state.position);
        }
        if (allowComments && ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 10 && ch !== 13 && ch !== 0);
        }
        if (isEol(ch)) {
          readLineBreak(state);
          ch = state.input.charCodeAt(state.position);
          lineBreaks++;
          state.lineIndent = 0;
          while (ch === 32) {
            state.lineIndent++;
            ch = state.input.charCodeAt(++state.position);
          }
        } else {
          break;
        }
      }
      if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
        throwWarning(state, "deficient indentation");
      }
      return lineBreaks;
    }
    function testDocumentSeparator(state) {
      let _position = state.position;
      let ch = state.input.charCodeAt(_position);
      if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
        _position += 3;
        ch = state.input.charCodeAt(_position);
        if (ch === 0 || isWsOrEol(ch)) {
          return true;
        }
      }
      return false;
    }
    function writeFoldedLines(state, count) {
      if (count === 1) {
        state.result += " ";
      } else if (count > 1) {
        state.result += common.repeat("\n", count - 1);
      }
    }
    function readPlainScalar(state, nodeIndent, withinFlowCollection) {
      let captureStart;
      let captureEnd;
      let hasPendingContent;
      let _line;
      let _lineStart;
      let _lineIndent;
      const _kind = state.kind;
      const _result = state.result;
      let ch = state.input.charCodeAt(state.position);
      if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
        return false;
      }
      if (ch === 63 || ch === 45) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          return false;
        }
      }
      state.kind = "scalar";
      state.result = "";
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
      while (ch !== 0) {
        if (ch === 58) {
          const following = state.input.charCodeAt(state.position + 1);
          if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
            break;
          }
        } else if (ch === 35) {
          const preceding = state.input.charCodeAt(state.position - 1);
          if (isWsOrEol(preceding)) {
            break;
          }
        } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
          break;
        } else if (isEol(ch)) {
          _line = state.line;
          _lineStart = state.lineStart;
          _lineIndent = state.lineIndent;
          skipSeparationSpace(state, false, -1);
          if (state.lineIndent >= nodeIndent) {
            hasPendingContent = true;
            ch = state.input.charCodeAt(state.position);
            continue;
          } else {
            state.position = captureEnd;
            state.line = _line;
            state.lineStart = _lineStart;
            state.lineIndent = _lineIndent;
            break;
          }
        }
        if (hasPendingContent) {
          captureSegment(state, captureStart, captureEnd, false);
          writeFoldedLines(state, state.line - _line);
          captureStart = captureEnd = state.position;
          hasPendingContent = false;
        }
        if (!isWhiteSpace2(ch)) {
          captureEnd = state.position + 1;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, captureEnd, false);
      if (state.result) {
        return true;
      }
      state.kind = _kind;
      state.result = _result;
      return false;
    }
    function readSingleQuotedScalar(state, nodeIndent) {
      let captureStart;
      let captureEnd;
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 39) {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      state.position++;
      captureStart = captureEnd = state.position;
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        if (ch === 39) {
          captureSegment(state, captureStart, state.position, true);
          ch = state.input.charCodeAt(++state.position);
          if (ch === 39) {
            captureStart = state.position;
            state.position++;
            captureEnd = state.position;
          } else {
            return true;
          }
        } else if (isEol(ch)) {
          captureSegment(state, captureStart, captureEnd, true);
          writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
          captureStart = captureEnd = state.position;
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
          throwError(state, "unexpected end of the document within a single quoted scalar");
        } else {
          state.position++;
          if (!isWhiteSpace2(ch)) {
            captureEnd = state.position;
          }
        }
      }
      throwError(state, "unexpected end of the stream within a single quoted scalar");
    }
    function readDoubleQuotedScalar(state, nodeIndent) {
      let captureStart;
      let captureEnd;
      let tmp;
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 34) {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      state.position++;
      captureStart = captureEnd = state.position;
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        if (ch === 34) {
          captureSegment(state, captureStart, state.position, true);
          state.position++;
          return true;
        } else if (ch === 92) {
          captureSegment(state, captureStart, state.position, true);
          ch = state.input.charCodeAt(++state.position);
          if (isEol(ch)) {
            skipSeparationSpace(state, false, nodeIndent);
          } else if (ch < 256 && simpleEscapeCheck[ch]) {
            state.result += simpleEscapeMap[ch];
            state.position++;
          } else if ((tmp = escapedHexLen(ch)) > 0) {
            let hexLength = tmp;
            let hexResult = 0;
            for (; hexLength > 0; hexLength--) {
              ch = state.input.charCodeAt(++state.position);
              if ((tmp = fromHexCode(ch)) >= 0) {
                hexResult = (hexResult << 4) + tmp;
              } else {
                throwError(state, "expected hexadecimal character");
              }
            }
            state.result += charFromCodepoint(hexResult);
            state.position++;
          } else {
            throwError(state, "unknown escape sequence");
          }
          captureStart = captureEnd = state.position;
        } else if (isEol(ch)) {
          captureSegment(state, captureStart, captureEnd, true);
          writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
          captureStart = captureEnd = state.position;
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
          throwError(state, "unexpected end of the document within a double quoted scalar");
        } else {
          state.position++;
          if (!isWhiteSpace2(ch)) {
            captureEnd = state.position;
          }
        }
      }
      throwError(state, "unexpected end of the stream within a double quoted scalar");
    }
    function readFlowCollection(state, nodeIndent) {
      let readNext = true;
      let _line;
      let _lineStart;
      let _pos;
      const _tag = state.tag;
      let _result;
      const _anchor = state.anchor;
      let terminator;
      let isPair2;
      let isExplicitPair;
      let isMapping;
      const overridableKeys = /* @__PURE__ */ Object.create(null);
      let keyNode;
      let keyTag;
      let valueNode;
      let ch = state.input.charCodeAt(state.position);
      if (ch === 91) {
        terminator = 93;
        isMapping = false;
        _result = [];
      } else if (ch === 123) {
        terminator = 125;
        isMapping = true;
        _result = {};
      } else {
        return false;
      }
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, _result);
      }
      ch = state.input.charCodeAt(++state.position);
      while (ch !== 0) {
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if (ch === terminator) {
          state.position++;
          state.tag = _tag;
          state.anchor = _anchor;
          state.kind = isMapping ? "mapping" : "sequence";
          state.result = _result;
          return true;
        } else if (!readNext) {
          throwError(state, "missed comma between flow collection entries");
        } else if (ch === 44) {
          throwError(state, "expected the node content, but found ','");
        }
        keyTag = keyNode = valueNode = null;
        isPair2 = isExplicitPair = false;
        if (ch === 63) {
          const following = state.input.charCodeAt(state.position + 1);
          if (isWsOrEol(following)) {
            isPair2 = isExplicitPair = true;
            state.position++;
            skipSeparationSpace(state, true, nodeIndent);
          }
        }
        _line = state.line;
        _lineStart = state.lineStart;
        _pos = state.position;
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        keyTag = state.tag;
        keyNode = state.result;
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if ((isExplicitPair || state.line === _line) && ch === 58) {
          isPair2 = true;
          ch = state.input.charCodeAt(++state.position);
          skipSeparationSpace(state, true, nodeIndent);
          composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
          valueNode = state.result;
        }
        if (isMapping) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
        } else if (isPair2) {
          _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
        } else {
          _result.push(keyNode);
        }
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if (ch === 44) {
          readNext = true;
          ch = state.input.charCodeAt(++state.position);
        } else {
          readNext = false;
        }
      }
      throwError(state, "unexpected end of the stream within a flow collection");
    }
    function readBlockScalar(state, nodeIndent) {
      let folding;
      let chomping = CHOMPING_CLIP;
      let didReadContent = false;
      let detectedIndent = false;
      let textIndent = nodeIndent;
      let emptyLines = 0;
      let atMoreIndented = false;
      let tmp;
      let ch = state.input.charCodeAt(state.position);
      if (ch === 124) {
        folding = false;
      } else if (ch === 62) {
        folding = true;
      } else {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      while (ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
        if (ch === 43 || ch === 45) {
          if (CHOMPING_CLIP === chomping) {
            chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
          } else {
            throwError(state, "repeat of a chomping mode identifier");
          }
        } else if ((tmp = fromDecimalCode(ch)) >= 0) {
          if (tmp === 0) {
            throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
          } else if (!detectedIndent) {
            textIndent = nodeIndent + tmp - 1;
            detectedIndent = true;
          } else {
            throwError(state, "repeat of an indentation width identifier");
          }
        } else {
          break;
        }
      }
      if (isWhiteSpace2(ch)) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (isWhiteSpace2(ch));
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (!isEol(ch) && ch !== 0);
        }
      }
      while (ch !== 0) {
        readLineBreak(state);
        state.lineIndent = 0;
        ch = state.input.charCodeAt(state.position);
        while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
        if (!detectedIndent && state.lineIndent > textIndent) {
          textIndent = state.lineIndent;
        }
        if (isEol(ch)) {
          emptyLines++;
          continue;
        }
        if (!detectedIndent && textIndent === 0) {
          throwError(state, "missing indentation for block scalar");
        }
        if (state.lineIndent < textIndent) {
          if (chomping === CHOMPING_KEEP) {
            state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
          } else if (chomping === CHOMPING_CLIP) {
            if (didReadContent) {
              state.result += "\n";
            }
          }
          break;
        }
        if (folding) {
          if (isWhiteSpace2(ch)) {
            atMoreIndented = true;
            state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
          } else if (atMoreIndented) {
            atMoreIndented = false;
            state.result += common.repeat("\n", emptyLines + 1);
          } else if (emptyLines === 0) {
            if (didReadContent) {
              state.result += " ";
            }
          } else {
            state.result += common.repeat("\n", emptyLines);
          }
        } else {
          state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        }
        didReadContent = true;
        detectedIndent = true;
        emptyLines = 0;
        const captureStart = state.position;
        while (!isEol(ch) && ch !== 0) {
          ch = state.input.charCodeAt(++state.position);
        }
        captureSegment(state, captureStart, state.position, false);
      }
      return true;
    }
    function readBlockSequence(state, nodeIndent) {
      const _tag = state.tag;
      const _anchor = state.anchor;
      const _result = [];
      let detected = false;
      if (state.firstTabInLine !== -1) return false;
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, _result);
      }
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        if (state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        if (ch !== 45) {
          break;
        }
        const following = state.input.charCodeAt(state.position + 1);
        if (!isWsOrEol(following)) {
          break;
        }
        detected = true;
        state.position++;
        if (skipSeparationSpace(state, true, -1)) {
          if (state.lineIndent <= nodeIndent) {
            _result.push(null);
            ch = state.input.charCodeAt(state.position);
            continue;
          }
        }
        const _line = state.line;
        composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
        _result.push(state.result);
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
        if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
          throwError(state, "bad indentation of a sequence entry");
        } else if (state.lineIndent < nodeIndent) {
          break;
        }
      }
      if (detected) {
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = "sequence";
        state.result = _result;
        return true;
      }
      return false;
    }
    function readBlockMapping(state, nodeIndent, flowIndent) {
      let allowCompact;
      let _keyLine;
      let _keyLineStart;
      let _keyPos;
      const _tag = state.tag;
      const _anchor = state.anchor;
      const _result = {};
      const overridableKeys = /* @__PURE__ */ Object.create(null);
      let keyTag = null;
      let keyNode = null;
      let valueNode = null;
      let atExplicitKey = false;
      let detected = false;
      if (state.firstTabInLine !== -1) return false;
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, _result);
      }
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        if (!atExplicitKey && state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        const following = state.input.charCodeAt(state.position + 1);
        const _line = state.line;
        if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
          if (ch === 63) {
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = true;
            allowCompact = true;
          } else if (atExplicitKey) {
            atExplicitKey = false;
            allowCompact = true;
          } else {
            throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
          }
          state.position += 1;
          ch = following;
        } else {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
          if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
            break;
          }
          if (state.line === _line) {
            ch = state.input.charCodeAt(state.position);
            while (isWhiteSpace2(ch)) {
              ch = state.input.charCodeAt(++state.position);
            }
            if (ch === 58) {
              ch = state.input.charCodeAt(++state.position);
              if (!isWsOrEol(ch)) {
                throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
              }
              if (atExplicitKey) {
                storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
                keyTag = keyNode = valueNode = null;
              }
              detected = true;
              atExplicitKey = false;
              allowCompact = false;
              keyTag = state.tag;
              keyNode = state.result;
            } else if (detected) {
              throwError(state, "can not read an implicit mapping pair; a colon is missed");
            } else {
              state.tag = _tag;
              state.anchor = _anchor;
              return true;
            }
          } else if (detected) {
            throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        }
        if (state.line === _line || state.lineIndent > nodeIndent) {
          if (atExplicitKey) {
            _keyLine = state.line;
            _keyLineStart = state.lineStart;
            _keyPos = state.position;
          }
          if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
            if (atExplicitKey) {
              keyNode = state.result;
            } else {
              valueNode = state.result;
            }
          }
          if (!atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          skipSeparationSpace(state, true, -1);
          ch = state.input.charCodeAt(state.position);
        }
        if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
          throwError(state, "bad indentation of a mapping entry");
        } else if (state.lineIndent < nodeIndent) {
          break;
        }
      }
      if (atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
      }
      if (detected) {
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = "mapping";
        state.result = _result;
      }
      return detected;
    }
    function readTagProperty(state) {
      let isVerbatim = false;
      let isNamed = false;
      let tagHandle;
      let tagName;
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 33) return false;
      if (state.tag !== null) {
        throwError(state, "duplication of a tag property");
      }
      ch = state.input.charCodeAt(++state.position);
      if (ch === 60) {
        isVerbatim = true;
        ch = state.input.charCodeAt(++state.position);
      } else if (ch === 33) {
        isNamed = true;
        tagHandle = "!!";
        ch = state.input.charCodeAt(++state.position);
      } else {
        tagHandle = "!";
      }
      let _position = state.position;
      if (isVerbatim) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 0 && ch !== 62);
        if (state.position < state.length) {
          tagName = state.input.slice(_position, state.position);
          ch = state.input.charCodeAt(++state.position);
        } else {
          throwError(state, "unexpected end of the stream within a verbatim tag");
        }
      } else {
        while (ch !== 0 && !isWsOrEol(ch)) {
          if (ch === 33) {
            if (!isNamed) {
              tagHandle = state.input.slice(_position - 1, state.position + 1);
              if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
                throwError(state, "named tag handle cannot contain such characters");
              }
              isNamed = true;
              _position = state.position + 1;
            } else {
              throwError(state, "tag suffix cannot contain exclamation marks");
            }
          }
          ch = state.input.charCodeAt(++state.position);
        }
        tagName = state.input.slice(_position, state.position);
        if (PATTERN_FLOW_INDICATORS.test(tagName)) {
          throwError(state, "tag suffix cannot contain flow indicator characters");
        }
      }
      if (tagName && !PATTERN_TAG_URI.test(tagName)) {
        throwError(state, "tag name cannot contain such characters: " + tagName);
      }
      try {
        tagName = decodeURIComponent(tagName);
      } catch (err) {
        throwError(state, "tag name is malformed: " + tagName);
      }
      if (isVerbatim) {
        state.tag = tagName;
      } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
        state.tag = state.tagMap[tagHandle] + tagName;
      } else if (tagHandle === "!") {
        state.tag = "!" + tagName;
      } else if (tagHandle === "!!") {
        state.tag = "tag:yaml.org,2002:" + tagName;
      } else {
        throwError(state, 'undeclared tag handle "' + tagHandle + '"');
      }
      return true;
    }
    function readAnchorProperty(state) {
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 38) return false;
      if (state.anchor !== null) {
        throwError(state, "duplication of an anchor property");
      }
      ch = state.input.charCodeAt(++state.position);
      const _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (state.position === _position) {
        throwError(state, "name of an anchor node must contain at least one character");
      }
      state.anchor = state.input.slice(_position, state.position);
      return true;
    }
    function readAlias(state) {
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 42) return false;
      ch = state.input.charCodeAt(++state.position);
      const _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (state.position === _position) {
        throwError(state, "name of an alias node must contain at least one character");
      }
      const alias = state.input.slice(_position, state.position);
      if (!_hasOwnProperty.call(state.anchorMap, alias)) {
        throwError(state, 'unidentified alias "' + alias + '"');
      }
      state.result = state.anchorMap[alias];
      skipSeparationSpace(state, true, -1);
      return true;
    }
    function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
      const fallbackState = snapshotState(state);
      beginAnchorTransaction(state);
      restoreState(state, propertyStart);
      state.tag = null;
      state.anchor = null;
      state.kind = null;
      state.result = null;
      if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
        commitAnchorTransaction(state);
        return true;
      }
      rollbackAnchorTransaction(state);
      restoreState(state, fallbackState);
      return false;
    }
    function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
      let allowBlockScalars;
      let allowBlockCollections;
      let indentStatus = 1;
      let atNewLine = false;
      let hasContent = false;
      let propertyStart = null;
      let type;
      let flowIndent;
      let blockIndent;
      if (state.depth >= state.maxDepth) {
        throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
      }
      state.depth += 1;
      if (state.listener !== null) {
        state.listener("open", state);
      }
      state.tag = null;
      state.anchor = null;
      state.kind = null;
      state.result = null;
      const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
      if (allowToSeek) {
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        }
      }
      if (indentStatus === 1) {
        while (true) {
          const ch = state.input.charCodeAt(state.position);
          const propertyState = snapshotState(state);
          if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
            break;
          }
          if (!readTagProperty(state) && !readAnchorProperty(state)) {
            break;
          }
          if (propertyStart === null) {
            propertyStart = propertyState;
          }
          if (skipSeparationSpace(state, true, -1)) {
            atNewLine = true;
            allowBlockCollections = allowBlockStyles;
            if (state.lineIndent > parentIndent) {
              indentStatus = 1;
            } else if (state.lineIndent === parentIndent) {
              indentStatus = 0;
            } else if (state.lineIndent < parentIndent) {
              indentStatus = -1;
            }
          } else {
            allowBlockCollections = false;
          }
        }
      }
      if (allowBlockCollections) {
        allowBlockCollections = atNewLine || allowCompact;
      }
      if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
        if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
          flowIndent = parentIndent;
        } else {
          flowIndent = parentIndent + 1;
        }
        blockIndent = state.position - state.lineStart;
        if (indentStatus === 1) {
          if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
            hasContent = true;
          } else {
            const ch = state.input.charCodeAt(state.position);
            if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
              state,
              propertyStart,
              propertyStart.position - propertyStart.lineStart,
              flowIndent
            )) {
              hasContent = true;
            } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
              hasContent = true;
            } else if (readAlias(state)) {
              hasContent = true;
              if (state.tag !== null || state.anchor !== null) {
                throwError(state, "alias node should not have any properties");
              }
            } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
              hasContent = true;
              if (state.tag === null) {
                state.tag = "?";
              }
            }
            if (state.anchor !== null) {
              storeAnchor(state, state.anchor, state.result);
            }
          }
        } else if (indentStatus === 0) {
          hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
        }
      }
      if (state.tag === null) {
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      } else if (state.tag === "?") {
        if (state.result !== null && state.kind !== "scalar") {
          throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
        }
        for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
          type = state.implicitTypes[typeIndex];
          if (type.resolve(state.result)) {
            state.result = type.construct(state.result);
            state.tag = type.tag;
            if (state.anchor !== null) {
              storeAnchor(state, state.anchor, state.result);
            }
            break;
          }
        }
      } else if (state.tag !== "!") {
        if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
          type = state.typeMap[state.kind || "fallback"][state.tag];
        } else {
          type = null;
          const typeList = state.typeMap.multi[state.kind || "fallback"];
          for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
            if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
              type = typeList[typeIndex];
              break;
            }
          }
        }
        if (!type) {
          throwError(state, "unknown tag !<" + state.tag + ">");
        }
        if (state.result !== null && type.kind !== state.kind) {
          throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type.kind + '", not "' + state.kind + '"');
        }
        if (!type.resolve(state.result, state.tag)) {
          throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
        } else {
          state.result = type.construct(state.result, state.tag);
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      }
      if (state.listener !== null) {
        state.listener("close", state);
      }
      state.depth -= 1;
      return state.tag !== null || state.anchor !== null || hasContent;
    }
    function readDocument(state) {
      const documentStart = state.position;
      let hasDirectives = false;
      let ch;
      state.version = null;
      state.checkLineBreaks = state.legacy;
      state.tagMap = /* @__PURE__ */ Object.create(null);
      state.anchorMap = /* @__PURE__ */ Object.create(null);
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
        if (state.lineIndent > 0 || ch !== 37) {
          break;
        }
        hasDirectives = true;
        ch = state.input.charCodeAt(++state.position);
        let _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        const directiveName = state.input.slice(_position, state.position);
        const directiveArgs = [];
        if (directiveName.length < 1) {
          throwError(state, "directive name must not be less than one character in length");
        }
        while (ch !== 0) {
          while (isWhiteSpace2(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 35) {
            do {
              ch = state.input.charCodeAt(++state.position);
            } while (ch !== 0 && !isEol(ch));
            break;
          }
          if (isEol(ch)) break;
          _position = state.position;
          while (ch !== 0 && !isWsOrEol(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          directiveArgs.push(state.input.slice(_position, state.position));
        }
        if (ch !== 0) readLineBreak(state);
        if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
          directiveHandlers[directiveName](state, directiveName, directiveArgs);
        } else {
          throwWarning(state, 'unknown document directive "' + directiveName + '"');
        }
      }
      skipSeparationSpace(state, true, -1);
      if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      } else if (hasDirectives) {
        throwError(state, "directives end mark is expected");
      }
      composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
      skipSeparationSpace(state, true, -1);
      if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
        throwWarning(state, "non-ASCII line breaks are interpreted as content");
      }
      state.documents.push(state.result);
      if (state.position === state.lineStart && testDocumentSeparator(state)) {
        if (state.input.charCodeAt(state.position) === 46) {
          state.position += 3;
          skipSeparationSpace(state, true, -1);
        }
        return;
      }
      if (state.position < state.length - 1) {
        throwError(state, "end of the stream or a document separator is expected");
      }
    }
    function loadDocuments(input, options) {
      input = String(input);
      options = options || {};
      if (input.length !== 0) {
        if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
          input += "\n";
        }
        if (input.charCodeAt(0) === 65279) {
          input = input.slice(1);
        }
      }
      const state = new State2(input, options);
      const nullpos = input.indexOf("\0");
      if (nullpos !== -1) {
        state.position = nullpos;
        throwError(state, "null byte is not allowed in input");
      }
      state.input += "\0";
      while (state.input.charCodeAt(state.position) === 32) {
        state.lineIndent += 1;
        state.position += 1;
      }
      while (state.position < state.length - 1) {
        readDocument(state);
      }
      return state.documents;
    }
    function loadAll(input, iterator, options) {
      if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
        options = iterator;
        iterator = null;
      }
      const documents = loadDocuments(input, options);
      if (typeof iterator !== "function") {
        return documents;
      }
      for (let index2 = 0, length = documents.length; index2 < length; index2 += 1) {
        iterator(documents[index2]);
      }
    }
    function load(input, options) {
      const documents = loadDocuments(input, options);
      if (documents.length === 0) {
        return void 0;
      } else if (documents.length === 1) {
        return documents[0];
      }
      throw new YAMLException("expected a single document in the stream, but found more");
    }
    module2.exports.loadAll = loadAll;
    module2.exports.load = load;
  }
});

// node_modules/js-yaml/lib/dumper.js
var require_dumper = __commonJS({
  "node_modules/js-yaml/lib/dumper.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    var YAMLException = require_exception();
    var DEFAULT_SCHEMA = require_default();
    var _toString = Object.prototype.toString;
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    var CHAR_BOM = 65279;
    var CHAR_TAB = 9;
    var CHAR_LINE_FEED = 10;
    var CHAR_CARRIAGE_RETURN = 13;
    var CHAR_SPACE = 32;
    var CHAR_EXCLAMATION = 33;
    var CHAR_DOUBLE_QUOTE = 34;
    var CHAR_SHARP = 35;
    var CHAR_PERCENT = 37;
    var CHAR_AMPERSAND = 38;
    var CHAR_SINGLE_QUOTE = 39;
    var CHAR_ASTERISK = 42;
    var CHAR_COMMA = 44;
    var CHAR_MINUS = 45;
    var CHAR_COLON = 58;
    var CHAR_EQUALS = 61;
    var CHAR_GREATER_THAN = 62;
    var CHAR_QUESTION = 63;
    var CHAR_COMMERCIAL_AT = 64;
    var CHAR_LEFT_SQUARE_BRACKET = 91;
    var CHAR_RIGHT_SQUARE_BRACKET = 93;
    var CHAR_GRAVE_ACCENT = 96;
    var CHAR_LEFT_CURLY_BRACKET = 123;
    var CHAR_VERTICAL_LINE = 124;
    var CHAR_RIGHT_CURLY_BRACKET = 125;
    var ESCAPE_SEQUENCES = {};
    ESCAPE_SEQUENCES[0] = "\\0";
    ESCAPE_SEQUENCES[7] = "\\a";
    ESCAPE_SEQUENCES[8] = "\\b";
    ESCAPE_SEQUENCES[9] = "\\t";
    ESCAPE_SEQUENCES[10] = "\\n";
    ESCAPE_SEQUENCES[11] = "\\v";
    ESCAPE_SEQUENCES[12] = "\\f";
    ESCAPE_SEQUENCES[13] = "\\r";
    ESCAPE_SEQUENCES[27] = "\\e";
    ESCAPE_SEQUENCES[34] = '\\"';
    ESCAPE_SEQUENCES[92] = "\\\\";
    ESCAPE_SEQUENCES[133] = "\\N";
    ESCAPE_SEQUENCES[160] = "\\_";
    ESCAPE_SEQUENCES[8232] = "\\L";
    ESCAPE_SEQUENCES[8233] = "\\P";
    var DEPRECATED_BOOLEANS_SYNTAX = [
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ];
    var DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
    function compileStyleMap(schema, map) {
      if (map === null) return {};
      const result2 = {};
      const keys = Object.keys(map);
      for (let index2 = 0, length = keys.length; index2 < length; index2 += 1) {
        let tag = keys[index2];
        let style = String(map[tag]);
        if (tag.slice(0, 2) === "!!") {
          tag = "tag:yaml.org,2002:" + tag.slice(2);
        }
        const type = schema.compiledTypeMap["fallback"][tag];
        if (type && _hasOwnProperty.call(type.styleAliases, style)) {
          style = type.styleAliases[style];
        }
        result2[tag] = style;
      }
      return result2;
    }
    function encodeHex(character) {
      let handle;
      let length;
      const string = character.toString(16).toUpperCase();
      if (character <= 255) {
        handle = "x";
        length = 2;
      } else if (character <= 65535) {
        handle = "u";
        length = 4;
      } else if (character <= 4294967295) {
        handle = "U";
        length = 8;
      } else {
        throw new YAMLException("code point within a string may not be greater than 0xFFFFFFFF");
      }
      return "\\" + handle + common.repeat("0", length - string.length) + string;
    }
    var QUOTING_TYPE_SINGLE = 1;
    var QUOTING_TYPE_DOUBLE = 2;
    function State2(options) {
      this.schema = options["schema"] || DEFAULT_SCHEMA;
      this.indent = Math.max(1, options["indent"] || 2);
      this.noArrayIndent = options["noArrayIndent"] || false;
      this.skipInvalid = options["skipInvalid"] || false;
      this.flowLevel = common.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
      this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
      this.sortKeys = options["sortKeys"] || false;
      this.lineWidth = options["lineWidth"] || 80;
      this.noRefs = options["noRefs"] || false;
      this.noCompatMode = options["noCompatMode"] || false;
      this.condenseFlow = options["condenseFlow"] || false;
      this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
      this.forceQuotes = options["forceQuotes"] || false;
      this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
      this.implicitTypes = this.schema.compiledImplicit;
      this.explicitTypes = this.schema.compiledExplicit;
      this.tag = null;
      this.result = "";
      this.duplicates = [];
      this.usedDuplicates = null;
    }
    function indentString(string, spaces) {
      const ind = common.repeat(" ", spaces);
      let position = 0;
      let result2 = "";
      const length = string.length;
      while (position < length) {
        let line;
        const next = string.indexOf("\n", position);
        if (next === -1) {
          line = string.slice(position);
          position = length;
        } else {
          line = string.slice(position, next + 1);
          position = next + 1;
        }
        if (line.length && line !== "\n") result2 += ind;
        result2 += line;
      }
      return result2;
    }
    function generateNextLine(state, level) {
      return "\n" + common.repeat(" ", state.indent * level);
    }
    function testImplicitResolving(state, str2) {
      for (let index2 = 0, length = state.implicitTypes.length; index2 < length; index2 += 1) {
        const type = state.implicitTypes[index2];
        if (type.resolve(str2)) {
          return true;
        }
      }
      return false;
    }
    function isWhitespace(c) {
      return c === CHAR_SPACE || c === CHAR_TAB;
    }
    function isPrintable(c) {
      return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
    }
    function isNsCharOrWhitespace(c) {
      return isPrintable(c) && c !== CHAR_BOM && // - b-char
      c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
    }
    function isPlainSafe(c, prev, inblock) {
      const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
      const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
      return (
        // ns-plain-safe
        (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
        c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
        c !== CHAR_SHARP && // false on '#'
        !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
        isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
        prev === CHAR_COLON && cIsNsChar
      );
    }
    function isPlainSafeFirst(c) {
      return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
      // - (c-indicator ::=
      // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
      c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
      c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
      c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
    }
    function isPlainSafeLast(c) {
      return !isWhitespace(c) && c !== CHAR_COLON;
    }
    function codePointAt(string, pos) {
      const first2 = string.charCodeAt(pos);
      let second;
      if (first2 >= 55296 && first2 <= 56319 && pos + 1 < string.length) {
        second = string.charCodeAt(pos + 1);
        if (second >= 56320 && second <= 57343) {
          return (first2 - 55296) * 1024 + second - 56320 + 65536;
        }
      }
      return first2;
    }
    function needIndentIndicator(string) {
      const leadingSpaceRe = /^\n* /;
      return leadingSpaceRe.test(string);
    }
    var STYLE_PLAIN = 1;
    var STYLE_SINGLE = 2;
    var STYLE_LITERAL = 3;
    var STYLE_FOLDED = 4;
    var STYLE_DOUBLE = 5;
    function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
      let i;
      let char = 0;
      let prevChar = null;
      let hasLineBreak = false;
      let hasFoldableLine = false;
      const shouldTrackWidth = lineWidth !== -1;
      let previousLineBreak = -1;
      let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
      if (singleLineOnly || forceQuotes) {
        for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
          char = codePointAt(string, i);
          if (!isPrintable(char)) {
            return STYLE_DOUBLE;
          }
          plain = plain && isPlainSafe(char, prevChar, inblock);
          prevChar = char;
        }
      } else {
        for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
          char = codePointAt(string, i);
          if (char === CHAR_LINE_FEED) {
            hasLineBreak = true;
            if (shouldTrackWidth) {
              hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
              i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
              previousLineBreak = i;
            }
          } else if (!isPrintable(char)) {
            return STYLE_DOUBLE;
          }
          plain = plain && isPlainSafe(char, prevChar, inblock);
          prevChar = char;
        }
        hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
      }
      if (!hasLineBreak && !hasFoldableLine) {
        if (plain && !forceQuotes && !testAmbiguousType(string)) {
          return STYLE_PLAIN;
        }
        return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
      }
      if (indentPerLevel > 9 && needIndentIndicator(string)) {
        return STYLE_DOUBLE;
      }
      if (!forceQuotes) {
        return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    function writeScalar(state, string, level, iskey, inblock) {
      state.dump = (function() {
        if (string.length === 0) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
        }
        if (!state.noCompatMode) {
          if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
            return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
          }
        }
        const indent = state.indent * Math.max(1, level);
        const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
        const singleLineOnly = iskey || // No block styles in flow mode.
        state.flowLevel > -1 && level >= state.flowLevel;
        function testAmbiguity(string2) {
          return testImplicitResolving(state, string2);
        }
        switch (chooseScalarStyle(
          string,
          singleLineOnly,
          state.indent,
          lineWidth,
          testAmbiguity,
          state.quotingType,
          state.forceQuotes && !iskey,
          inblock
        )) {
          case STYLE_PLAIN:
            return string;
          case STYLE_SINGLE:
            return "'" + string.replace(/'/g, "''") + "'";
          case STYLE_LITERAL:
            return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
          case STYLE_FOLDED:
            return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
          case STYLE_DOUBLE:
            return '"' + escapeString(string, lineWidth) + '"';
          default:
            throw new YAMLException("impossible error: invalid scalar style");
        }
      })();
    }
    function blockHeader(string, indentPerLevel) {
      const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
      const clip3 = string[string.length - 1] === "\n";
      const keep = clip3 && (string[string.length - 2] === "\n" || string === "\n");
      const chomp = keep ? "+" : clip3 ? "" : "-";
      return indentIndicator + chomp + "\n";
    }
    function dropEndingNewline(string) {
      return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
    }
    function foldString(string, width) {
      const lineRe = /(\n+)([^\n]*)/g;
      let result2 = (function() {
        let nextLF = string.indexOf("\n");
        nextLF = nextLF !== -1 ? nextLF : string.length;
        lineRe.lastIndex = nextLF;
        return foldLine(string.slice(0, nextLF), width);
      })();
      let prevMoreIndented = string[0] === "\n" || string[0] === " ";
      let moreIndented;
      let match2;
      while (match2 = lineRe.exec(string)) {
        const prefix2 = match2[1];
        const line = match2[2];
        moreIndented = line[0] === " ";
        result2 += prefix2 + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
        prevMoreIndented = moreIndented;
      }
      return result2;
    }
    function foldLine(line, width) {
      if (line === "" || line[0] === " ") return line;
      const breakRe = / [^ ]/g;
      let match2;
      let start = 0;
      let end;
      let curr = 0;
      let next = 0;
      let result2 = "";
      while (match2 = breakRe.exec(line)) {
        next = match2.index;
        if (next - start > width) {
          end = curr > start ? curr : next;
          result2 += "\n" + line.slice(start, end);
          start = end + 1;
        }
        curr = next;
      }
      result2 += "\n";
      if (line.length - start > width && curr > start) {
        result2 += line.slice(start, curr) + "\n" + line.slice(curr + 1);
      } else {
        result2 += line.slice(start);
      }
      return result2.slice(1);
    }
    function escapeString(string) {
      let result2 = "";
      let char = 0;
      for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        const escapeSeq = ESCAPE_SEQUENCES[char];
        if (!escapeSeq && isPrintable(char)) {
          result2 += string[i];
          if (char >= 65536) result2 += string[i + 1];
        } else {
          result2 += escapeSeq || encodeHex(char);
        }
      }
      return result2;
    }
    function writeFlowSequence(state, level, object) {
      let _result = "";
      const _tag = state.tag;
      for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
        let value = object[index2];
        if (state.replacer) {
          value = state.replacer.call(object, String(index2), value);
        }
        if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
          if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
          _result += state.dump;
        }
      }
      state.tag = _tag;
      state.dump = "[" + _result + "]";
    }
    function writeBlockSequence(state, level, object, compact) {
      let _result = "";
      const _tag = state.tag;
      for (let index2 = 0, length = object.length; index2 < length; index2 += 1) {
        let value = object[index2];
        if (state.replacer) {
          value = state.replacer.call(object, String(index2), value);
        }
        if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
          if (!compact || _result !== "") {
            _result += generateNextLine(state, level);
          }
          if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
            _result += "-";
          } else {
            _result += "- ";
          }
          _result += state.dump;
        }
      }
      state.tag = _tag;
      state.dump = _result || "[]";
    }
    function writeFlowMapping(state, level, object) {
      let _result = "";
      const _tag = state.tag;
      const objectKeyList = Object.keys(object);
      for (let index2 = 0, length = objectKeyList.length; index2 < length; index2 += 1) {
        let pairBuffer = "";
        if (_result !== "") pairBuffer += ", ";
        if (state.condenseFlow) pairBuffer += '"';
        const objectKey = objectKeyList[index2];
        let objectValue = object[objectKey];
        if (state.replacer) {
          objectValue = state.replacer.call(object, objectKey, objectValue);
        }
        if (!writeNode(state, level, objectKey, false, false)) {
          continue;
        }
        if (state.dump.length > 1024) pairBuffer += "? ";
        pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
        if (!writeNode(state, level, objectValue, false, false)) {
          continue;
        }
        pairBuffer += state.dump;
        _result += pairBuffer;
      }
      state.tag = _tag;
      state.dump = "{" + _result + "}";
    }
    function writeBlockMapping(state, level, object, compact) {
      let _result = "";
      const _tag = state.tag;
      const objectKeyList = Object.keys(object);
      if (state.sortKeys === true) {
        objectKeyList.sort();
      } else if (typeof state.sortKeys === "function") {
        objectKeyList.sort(state.sortKeys);
      } else if (state.sortKeys) {
        throw new YAMLException("sortKeys must be a boolean or a function");
      }
      for (let index2 = 0, length = objectKeyList.length; index2 < length; index2 += 1) {
        let pairBuffer = "";
        if (!compact || _result !== "") {
          pairBuffer += generateNextLine(state, level);
        }
        const objectKey = objectKeyList[index2];
        let objectValue = object[objectKey];
        if (state.replacer) {
          objectValue = state.replacer.call(object, objectKey, objectValue);
        }
        if (!writeNode(state, level + 1, objectKey, true, true, true)) {
          continue;
        }
        const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
        if (explicitPair) {
          if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
            pairBuffer += "?";
          } else {
            pairBuffer += "? ";
          }
        }
        pairBuffer += state.dump;
        if (explicitPair) {
          pairBuffer += generateNextLine(state, level);
        }
        if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
          continue;
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += ":";
        } else {
          pairBuffer += ": ";
        }
        pairBuffer += state.dump;
        _result += pairBuffer;
      }
      state.tag = _tag;
      state.dump = _result || "{}";
    }
    function detectType(state, object, explicit) {
      const typeList = explicit ? state.explicitTypes : state.implicitTypes;
      for (let index2 = 0, length = typeList.length; index2 < length; index2 += 1) {
        const type = typeList[index2];
        if ((type.instanceOf || type.predicate) && (!type.instanceOf || typeof object === "object" && object instanceof type.instanceOf) && (!type.predicate || type.predicate(object))) {
          if (explicit) {
            if (type.multi && type.representName) {
              state.tag = type.representName(object);
            } else {
              state.tag = type.tag;
            }
          } else {
            state.tag = "?";
          }
          if (type.represent) {
            const style = state.styleMap[type.tag] || type.defaultStyle;
            let _result;
            if (_toString.call(type.represent) === "[object Function]") {
              _result = type.represent(object, style);
            } else if (_hasOwnProperty.call(type.represent, style)) {
              _result = type.represent[style](object, style);
            } else {
              throw new YAMLException("!<" + type.tag + '> tag resolver accepts not "' + style + '" style');
            }
            state.dump = _result;
          }
          return true;
        }
      }
      return false;
    }
    function writeNode(state, level, object, block, compact, iskey, isblockseq) {
      state.tag = null;
      state.dump = object;
      if (!detectType(state, object, false)) {
        detectType(state, object, true);
      }
      const type = _toString.call(state.dump);
      const inblock = block;
      if (block) {
        block = state.flowLevel < 0 || state.flowLevel > level;
      }
      const objectOrArray = type === "[object Object]" || type === "[object Array]";
      let duplicateIndex;
      let duplicate;
      if (objectOrArray) {
        duplicateIndex = state.duplicates.indexOf(object);
        duplicate = duplicateIndex !== -1;
      }
      if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
        compact = false;
      }
      if (duplicate && state.usedDuplicates[duplicateIndex]) {
        state.dump = "*ref_" + duplicateIndex;
      } else {
        if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
          state.usedDuplicates[duplicateIndex] = true;
        }
        if (type === "[object Object]") {
          if (block && Object.keys(state.dump).length !== 0) {
            writeBlockMapping(state, level, state.dump, compact);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + state.dump;
            }
          } else {
            writeFlowMapping(state, level, state.dump);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + " " + state.dump;
            }
          }
        } else if (type === "[object Array]") {
          if (block && state.dump.length !== 0) {
            if (state.noArrayIndent && !isblockseq && level > 0) {
              writeBlockSequence(state, level - 1, state.dump, compact);
            } else {
              writeBlockSequence(state, level, state.dump, compact);
            }
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + state.dump;
            }
          } else {
            writeFlowSequence(state, level, state.dump);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + " " + state.dump;
            }
          }
        } else if (type === "[object String]") {
          if (state.tag !== "?") {
            writeScalar(state, state.dump, level, iskey, inblock);
          }
        } else if (type === "[object Undefined]") {
          return false;
        } else {
          if (state.skipInvalid) return false;
          throw new YAMLException("unacceptable kind of an object to dump " + type);
        }
        if (state.tag !== null && state.tag !== "?") {
          let tagStr = encodeURI(
            state.tag[0] === "!" ? state.tag.slice(1) : state.tag
          ).replace(/!/g, "%21");
          if (state.tag[0] === "!") {
            tagStr = "!" + tagStr;
          } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
            tagStr = "!!" + tagStr.slice(18);
          } else {
            tagStr = "!<" + tagStr + ">";
          }
          state.dump = tagStr + " " + state.dump;
        }
      }
      return true;
    }
    function getDuplicateReferences(object, state) {
      const objects = [];
      const duplicatesIndexes = [];
      inspectNode(object, objects, duplicatesIndexes);
      const length = duplicatesIndexes.length;
      for (let index2 = 0; index2 < length; index2 += 1) {
        state.duplicates.push(objects[duplicatesIndexes[index2]]);
      }
      state.usedDuplicates = new Array(length);
    }
    function inspectNode(object, objects, duplicatesIndexes) {
      if (object !== null && typeof object === "object") {
        const index2 = objects.indexOf(object);
        if (index2 !== -1) {
          if (duplicatesIndexes.indexOf(index2) === -1) {
            duplicatesIndexes.push(index2);
          }
        } else {
          objects.push(object);
          if (Array.isArray(object)) {
            for (let i = 0, length = object.length; i < length; i += 1) {
              inspectNode(object[i], objects, duplicatesIndexes);
            }
          } else {
            const objectKeyList = Object.keys(object);
            for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
              inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
            }
          }
        }
      }
    }
    function dump(input, options) {
      options = options || {};
      const state = new State2(options);
      if (!state.noRefs) getDuplicateReferences(input, state);
      let value = input;
      if (state.replacer) {
        value = state.replacer.call({ "": value }, "", value);
      }
      if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
      return "";
    }
    module2.exports.dump = dump;
  }
});

// node_modules/js-yaml/index.js
var require_js_yaml = __commonJS({
  "node_modules/js-yaml/index.js"(exports2, module2) {
    "use strict";
    var loader = require_loader();
    var dumper = require_dumper();
    function renamed(from, to) {
      return function() {
        throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
      };
    }
    module2.exports.Type = require_type();
    module2.exports.Schema = require_schema4();
    module2.exports.FAILSAFE_SCHEMA = require_failsafe();
    module2.exports.JSON_SCHEMA = require_json();
    module2.exports.CORE_SCHEMA = require_core();
    module2.exports.DEFAULT_SCHEMA = require_default();
    module2.exports.load = loader.load;
    module2.exports.loadAll = loader.loadAll;
    module2.exports.dump = dumper.dump;
    module2.exports.YAMLException = require_exception();
    module2.exports.types = {
      binary: require_binary2(),
      float: require_float3(),
      map: require_map2(),
      null: require_null2(),
      pairs: require_pairs2(),
      set: require_set2(),
      timestamp: require_timestamp2(),
      bool: require_bool3(),
      int: require_int3(),
      merge: require_merge2(),
      omap: require_omap2(),
      seq: require_seq2(),
      str: require_str()
    };
    module2.exports.safeLoad = renamed("safeLoad", "load");
    module2.exports.safeLoadAll = renamed("safeLoadAll", "loadAll");
    module2.exports.safeDump = renamed("safeDump", "dump");
  }
});

// node_modules/yaml-cfn/index.js
var require_yaml_cfn = __commonJS({
  "node_modules/yaml-cfn/index.js"(exports2) {
    "use strict";
    var jsYaml = require_js_yaml();
    function splitOne(str2, sep5) {
      let index2 = str2.indexOf(sep5);
      return index2 < 0 ? null : [str2.slice(0, index2), str2.slice(index2 + sep5.length)];
    }
    function checkType(obj, keyName2) {
      return obj && typeof obj === "object" && Object.keys(obj).length === 1 && obj.hasOwnProperty(keyName2);
    }
    var overrides = {
      // ShortHand notation for !GetAtt accepts Resource.Attribute format while the standard notation
      // is to use an array [Resource, Attribute]. Convert shorthand to standard format.
      GetAtt: {
        parse: (data) => typeof data === "string" ? splitOne(data, ".") : data,
        dump: (data) => data.join(".")
      }
    };
    function applyOverrides(data, tag, method) {
      return overrides[tag] ? overrides[tag][method](data) : data;
    }
    function makeTagTypes(name) {
      const parts = splitOne(name, "::");
      const tag = parts ? parts[1] : name;
      return ["scalar", "sequence", "mapping"].map((kind) => new jsYaml.Type("!" + tag, {
        kind,
        construct: (data) => ({ [name]: applyOverrides(data, tag, "parse") }),
        predicate: (obj) => checkType(obj, name),
        represent: (obj) => applyOverrides(obj[name], tag, "dump")
      }));
    }
    var supportedFunctions = [
      "Fn::Base64",
      "Fn::Cidr",
      "Fn::FindInMap",
      "Fn::GetAtt",
      "Fn::GetAZs",
      "Fn::ImportValue",
      "Fn::Join",
      "Fn::Select",
      "Fn::Split",
      "Fn::Sub",
      "Fn::Transform",
      "Ref",
      "Condition",
      "Fn::And",
      "Fn::Equals",
      "Fn::If",
      "Fn::Not",
      "Fn::Or"
    ];
    var ruleFunctions = [
      "Fn::And",
      "Fn::Contains",
      "Fn::EachMemberEquals",
      "Fn::EachMemberIn",
      "Fn::Equals",
      "Fn::Not",
      "Fn::Or",
      "Fn::RefAll",
      "Fn::ValueOf",
      "Fn::ValueOfAll"
    ];
    var allTagTypes = [];
    var allFunctions = [...supportedFunctions, ...ruleFunctions];
    for (let name of allFunctions) {
      allTagTypes.push(...makeTagTypes(name));
    }
    var schema = jsYaml.CORE_SCHEMA.extend({
      implicit: [],
      explicit: allTagTypes
    });
    exports2.schema = schema;
    function yamlParse(input) {
      return jsYaml.load(input, { schema });
    }
    exports2.yamlParse = yamlParse;
    function yamlDump(input) {
      return jsYaml.dump(input, { schema });
    }
    exports2.yamlDump = yamlDump;
  }
});

// node_modules/balanced-match/dist/esm/index.js
var range;
var init_esm = __esm({
  "node_modules/balanced-match/dist/esm/index.js"() {
    range = (a, b, str2) => {
      let begs, beg, left, right = void 0, result2;
      let ai = str2.indexOf(a);
      let bi = str2.indexOf(b, ai + 1);
      let i = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b) {
          return [ai, bi];
        }
        begs = [];
        left = str2.length;
        while (i >= 0 && !result2) {
          if (i === ai) {
            begs.push(i);
            ai = str2.indexOf(a, i + 1);
          } else if (begs.length === 1) {
            const r = begs.pop();
            if (r !== void 0)
              result2 = [r, bi];
          } else {
            beg = begs.pop();
            if (beg !== void 0 && beg < left) {
              left = beg;
              right = bi;
            }
            bi = str2.indexOf(b, i + 1);
          }
          i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== void 0) {
          result2 = [left, right];
        }
      }
      return result2;
    };
  }
});

// node_modules/brace-expansion/dist/esm/index.js
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items2) {
  for (let i = 0; i < items2.length; i++) {
    target.push(items2[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine2(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty2;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty2)
        nonEmpty2 = values.filter((v) => v);
      vs = nonEmpty2;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test2 = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test2 = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test2(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine2(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine2(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine2(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine2(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine2(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}
var escSlash, escOpen, escClose, escComma, escPeriod, escSlashPattern, escOpenPattern, escClosePattern, escCommaPattern, escPeriodPattern, slashPattern, openPattern, closePattern, commaPattern, periodPattern, EXPANSION_MAX, EXPANSION_MAX_LENGTH, EXPANSION_MAX_DEPTH, EXPANSION_MAX_REWRITES, EXPANSION_MAX_STEPS, CALL_STEPS;
var init_esm2 = __esm({
  "node_modules/brace-expansion/dist/esm/index.js"() {
    init_esm();
    escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
    escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
    escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
    escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
    escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
    escSlashPattern = new RegExp(escSlash, "g");
    escOpenPattern = new RegExp(escOpen, "g");
    escClosePattern = new RegExp(escClose, "g");
    escCommaPattern = new RegExp(escComma, "g");
    escPeriodPattern = new RegExp(escPeriod, "g");
    slashPattern = /\\\\/g;
    openPattern = /\\{/g;
    closePattern = /\\}/g;
    commaPattern = /\\,/g;
    periodPattern = /\\\./g;
    EXPANSION_MAX = 1e5;
    EXPANSION_MAX_LENGTH = 4e6;
    EXPANSION_MAX_DEPTH = 1e3;
    EXPANSION_MAX_REWRITES = 1e3;
    EXPANSION_MAX_STEPS = 2e7;
    CALL_STEPS = 16;
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit, prefix, fixed, nonneg, numericRange;
var init_numeric_range = __esm({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js"() {
    digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
    prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
    fixed = (a, b) => {
      if (!a)
        return [[]];
      let lo = +a[0];
      let hi = +b[0];
      const ra = a.slice(1);
      const rb = b.slice(1);
      if (lo === hi)
        return prefix(lo, fixed(ra, rb));
      const zeros = "0".repeat(ra.length);
      const nines = "9".repeat(ra.length);
      const out = [];
      if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
      const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
      if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
      }
      out.push(...last);
      return out;
    };
    nonneg = (a, b, width) => {
      if (width) {
        return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
      }
      const out = [];
      for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
      }
      return out;
    };
    numericRange = (loStr, hiStr) => {
      let lo = Number(loStr);
      let hi = Number(hiStr);
      if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
      if (lo > hi)
        [lo, hi] = [hi, lo];
      const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
      const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
      const out = [];
      if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
      }
      if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
      return out;
    };
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses, braceEscape, noMatch, parseClass;
var init_parse_class = __esm({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js"() {
    posixClasses = {
      "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
      "[:alpha:]": ["\\p{L}\\p{Nl}"],
      "[:ascii:]": ["\\x00-\\x7f"],
      "[:blank:]": ["\\p{Zs}\\t"],
      "[:cntrl:]": ["\\p{Cc}"],
      "[:digit:]": ["\\p{Nd}"],
      "[:graph:]": ["\\p{Z}\\p{C}", true],
      "[:lower:]": ["\\p{Ll}"],
      "[:print:]": ["\\p{C}", true],
      "[:punct:]": ["\\p{P}\\p{S}"],
      "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
      "[:upper:]": ["\\p{Lu}"],
      "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
      "[:xdigit:]": ["A-Fa-f0-9"]
    };
    braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
    noMatch = /$./;
    parseClass = (glob, position, nocase = false, form) => {
      const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
      };
      const pos = position;
      if (glob.charAt(pos) !== "[") {
        throw new Error("not in a brace expression");
      }
      const ranges = [];
      const negs = [];
      let i = pos + 1;
      let sawStart = false;
      let escaping = false;
      let negate = false;
      let endPos = pos;
      let rangeStart = "";
      WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === "!" || c === "^") && i === pos + 1) {
          negate = true;
          i++;
          continue;
        }
        if (c === "]" && sawStart && !escaping) {
          endPos = i + 1;
          break;
        }
        sawStart = true;
        if (c === "\\") {
          if (!escaping) {
            escaping = true;
            i++;
            continue;
          }
        }
        if (c === "[" && !escaping) {
          for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
            if (glob.startsWith(cls, i)) {
              if (rangeStart) {
                return [noMatch, glob.length - pos];
              }
              i += cls.length;
              if (neg)
                negs.push(unip);
              else
                ranges.push(unip);
              continue WHILE;
            }
          }
        }
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
          if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
            ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
          } else if (n === rangeStart) {
            ranges.push(braceEscape(n));
          }
          rangeStart = "";
          i += c.length;
          continue;
        }
        if (glob.startsWith("-]", i + c.length)) {
          ranges.push(braceEscape(n + "-"));
          i += c.length + 1;
          continue;
        }
        if (glob.startsWith("-", i + c.length)) {
          rangeStart = n;
          i += c.length + 1;
          continue;
        }
        ranges.push(braceEscape(n));
        i += c.length;
      }
      if (endPos < i) {
        return [noMatch, 0];
      }
      if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
      }
      const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
      const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
      const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
      return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
    };
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH, extTypes, lit, reEscape, newFoldRe, foldCache, foldRe, litMatch, tokenize, pair, build, normalize, compile, show, State, sameState, marks, Sim, stateKey, DFA_BUDGET, Dfa, linear, testLinear, lengths, itemLengths, hasAffix, slashOrSurrogate, surrogate, codePoints, noSlash, Matcher;
var init_esm3 = __esm({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js"() {
    init_numeric_range();
    init_parse_class();
    MATCH = { t: "match", id: 0 };
    extTypes = "!?+*@";
    lit = (ch) => ({ t: "lit", ch });
    reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
    newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
    foldCache = /* @__PURE__ */ new Map();
    foldRe = (ch) => {
      let re = foldCache.get(ch);
      if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1e3)
          foldCache.clear();
        foldCache.set(ch, re);
      }
      return re;
    };
    litMatch = (l, c) => {
      if (c === l.ch)
        return true;
      if (!l.re)
        return false;
      const code2 = c.charCodeAt(0);
      if (code2 >= 128)
        return l.re.test(c);
      const ascii = l.ascii ??= new Uint8Array(128);
      ascii[code2] ||= l.re.test(c) ? 1 : 2;
      return ascii[code2] === 1;
    };
    tokenize = (p, nocase, noext, form, mark) => {
      const toks = [];
      for (let i = 0; i < p.length; ) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
          const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
          if (m || c === mark) {
            const start = i + m + mark.length;
            const end = p.indexOf(mark, start);
            const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
            const alts = end !== -1 && r && numericRange(r[1], r[2]);
            if (alts) {
              toks.push({ t: "ext", type: "@", alts });
              i = end + mark.length;
              continue;
            }
          }
        }
        if (c === "\\") {
          const e = p.codePointAt(i + 1);
          const ch = e === void 0 ? c : String.fromCodePoint(e);
          toks.push(lit(ch));
          i += 1 + ch.length;
          continue;
        }
        if (c === "[") {
          const [re, consumed] = parseClass(p, i, nocase, form);
          if (consumed) {
            toks.push({ t: "class", re });
            i += consumed;
            continue;
          }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
          toks.push({ t: "open", type: c });
          i += 2;
          continue;
        }
        toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
        i += c.length;
      }
      return toks;
    };
    pair = (toks) => {
      const pairs = /* @__PURE__ */ new Map();
      const stack = [];
      toks.forEach((tok, i) => {
        if (tok.t === "open")
          stack.push(i);
        else if (tok.t === "close" && stack.length)
          pairs.set(stack.pop(), i);
      });
      return pairs;
    };
    build = (toks, pairs, start, end, top) => {
      let seq = [];
      const alts = [seq];
      for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === "open" && close !== void 0) {
          const sub = build(toks, pairs, i + 1, close, false);
          seq.push({ t: "ext", type: tok.type, alts: sub });
          i = close;
        } else if (tok.t === "bar" && !top) {
          alts.push(seq = []);
        } else if (tok.t === "open") {
          seq.push(lit(tok.type), lit("("));
        } else if (tok.t === "bar") {
          seq.push(lit("|"));
        } else if (tok.t === "close") {
          seq.push(lit(")"));
        } else {
          seq.push(tok);
        }
      }
      return alts;
    };
    normalize = (items2, form) => {
      const out = [];
      let run2 = "";
      const flush = () => {
        for (const ch of run2.normalize(form))
          out.push(lit(ch));
        run2 = "";
      };
      for (const it of items2) {
        if (it.t === "lit") {
          run2 += it.ch;
          continue;
        }
        flush();
        out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
      }
      flush();
      return out;
    };
    compile = (items2, nocase) => {
      let id = 1;
      const split = (out) => ({ t: "split", id: id++, out });
      const seq = (items3, next) => items3.reduceRight((next2, it) => item(it, next2), next);
      const item = (it, next) => {
        switch (it.t) {
          case "lit":
            const re = nocase ? foldRe(it.ch) : void 0;
            return { t: "lit", id: id++, ch: it.ch, re, next };
          case "any":
          case "star":
            return { t: it.t, id: id++, next };
          case "class":
            return { t: "class", id: id++, re: it.re, next };
        }
        const alts = (next2) => it.alts.map((a) => seq(a, next2));
        switch (it.type) {
          case "@":
            return split(alts(next));
          case "?":
            return split([next, ...alts(next)]);
          case "!":
            return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
        }
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === "*" ? after : entry;
      };
      const start = seq(items2, MATCH);
      return [start, id];
    };
    show = (start) => {
      const lines = [];
      const seen = /* @__PURE__ */ new Set();
      const ref = (n) => n.t === "match" ? "match" : String(n.id);
      const walk2 = (n, indent) => {
        if (n.t === "match" || seen.has(n))
          return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
          case "split":
            line(`split -> ${n.out.map(ref).join(", ")}`);
            for (const o of n.out)
              walk2(o, indent);
            return;
          case "neg":
            line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
            walk2(n.sub, indent + "  ");
            return walk2(n.next, indent);
          case "lit":
            line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
            break;
          case "class":
            line(`${n.re} -> ${ref(n.next)}`);
            break;
          default:
            line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
        }
        walk2(n.next, indent);
      };
      walk2(start, "");
      return [`start -> ${ref(start)}`, ...lines].join("\n");
    };
    State = class {
      // set by the Sim, to mark the nodes that this state has
      gen;
      threads = [];
      match = false;
      runs = [];
      // the sorted ids of the threads, with 0 for a match, once the
      // state is done
      ids = [];
      constructor(gen) {
        this.gen = gen;
      }
      // no threads, so nothing more can match
      get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
      }
    };
    sameState = (a, b) => {
      if (a.ids.length !== b.ids.length)
        return false;
      if (a.runs.length !== b.runs.length)
        return false;
      if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
      return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
    };
    marks = (size) => ({
      has: new Float64Array(size),
      seen: new Float64Array(size),
      gen: 0
    });
    Sim = class {
      // `.` and `..` only match literal dots, even with `dot:true`
      dots;
      // the string starts with `.`, and `dot:true` is not set
      dotStart;
      #marks;
      constructor(dots, dotStart, marks2) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks2;
      }
      state() {
        return new State(++this.#marks.gen);
      }
      // sort the ids of a state, once it has all of its threads
      done(state) {
        state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
        if (state.match)
          state.ids.unshift(MATCH.id);
        return state;
      }
      // true the first time that the state walks through the node, so
      // that loops in the graph stop
      #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
          return false;
        seen[node.id] = state.gen;
        return true;
      }
      #addThread(state, node) {
        const { has: has2 } = this.#marks;
        if (has2[node.id] === state.gen)
          return false;
        has2[node.id] = state.gen;
        state.threads.push(node);
        return true;
      }
      // wildcards only match a leading dot if `dot:true`. In a negated
      // sub-pattern, this does not apply, because the negation itself
      // can not match a leading dot.
      restricted(i, top) {
        return top && (this.dots || this.dotStart && i === 0);
      }
      add(state, node, i, top) {
        switch (node.t) {
          case "split":
            if (!this.#visit(state, node))
              return;
            for (const o of node.out)
              this.add(state, o, i, top);
            return;
          case "neg":
            if (!this.#visit(state, node))
              return;
            const sub = this.state();
            this.add(sub, node.sub, i, false);
            this.done(sub);
            return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
          case "star":
            if (this.restricted(i, top))
              return;
            if (this.#addThread(state, node))
              this.add(state, node.next, i, top);
            return;
          case "match":
            state.match = true;
            return;
          default:
            this.#addThread(state, node);
        }
      }
      addRun(state, run2, i, top) {
        for (const r of state.runs) {
          if (r.neg === run2.neg && sameState(r.state, run2.state))
            return;
        }
        state.runs.push(run2);
        if (!run2.state.match) {
          this.add(state, run2.neg.next, i, top);
        }
      }
      // the threads after char `c`, at index `i`
      step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
          switch (th.t) {
            case "lit":
              if (litMatch(th, c)) {
                this.add(next, th.next, i + 1, top);
              }
              break;
            case "any":
              if (!this.restricted(i, top))
                this.add(next, th.next, i + 1, top);
              break;
            case "class":
              if (!this.restricted(i, top) && th.re.test(c)) {
                this.add(next, th.next, i + 1, top);
              }
              break;
            case "star":
              if (!this.restricted(i, top))
                this.add(next, th, i + 1, top);
          }
        }
        if (!this.restricted(i, top)) {
          for (const run2 of state.runs) {
            if (run2.state.dead) {
              this.addRun(next, run2, i + 1, top);
              continue;
            }
            const sub = this.step(run2.state, c, i, false);
            this.addRun(next, { t: "run", neg: run2.neg, state: sub }, i + 1, top);
          }
        }
        return this.done(next);
      }
    };
    stateKey = (state) => {
      const ids = state.ids.join();
      if (!state.runs.length)
        return ids;
      const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
      return `${ids}|${runs.sort().join("|")}`;
    };
    DFA_BUDGET = 1 << 18;
    Dfa = class {
      #start;
      #states = /* @__PURE__ */ new Map();
      #size = 0;
      #plain;
      #dotStart;
      #sim;
      #dotSim;
      constructor(start, marks2) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks2);
        this.#dotSim = new Sim(false, true, marks2);
      }
      #make(state) {
        return {
          state,
          match: state.match,
          dead: state.dead,
          next: /* @__PURE__ */ new Map()
        };
      }
      #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
          return found;
        if (this.#size > DFA_BUDGET)
          this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
      }
      #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = void 0;
        this.#dotStart = void 0;
      }
      start(dotStart) {
        if (dotStart) {
          if (this.#dotStart)
            return this.#dotStart;
          const state2 = this.#dotSim.state();
          this.#dotSim.add(state2, this.#start, 0, true);
          return this.#dotStart = this.#make(this.#dotSim.done(state2));
        }
        if (this.#plain)
          return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return this.#plain = this.#intern(this.#sim.done(state));
      }
      // the next state, after a miss in `d.ascii`
      next(d, c) {
        const code2 = c.charCodeAt(0);
        const found = code2 < 128 ? void 0 : d.next.get(c);
        if (found)
          return found;
        const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code2 < 128) {
          if (!d.ascii) {
            d.ascii = new Array(128);
            this.#size += 128;
          }
          d.ascii[code2] = n;
        } else {
          d.next.set(c, n);
        }
        this.#size++;
        return n;
      }
    };
    linear = (start) => {
      const nodes = [];
      for (let n = start; n.t !== "match"; n = n.next) {
        if (n.t === "split" || n.t === "neg")
          return void 0;
        nodes.push(n);
      }
      return nodes;
    };
    testLinear = (nodes, chars, start, end) => {
      let ni = 0;
      let ci = start;
      let starNi = -1;
      let starCi = 0;
      while (ci < end) {
        const n = nodes[ni];
        if (n?.t === "star") {
          starNi = ni++;
          starCi = ci;
          continue;
        }
        const c = chars[ci];
        if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
          ni++;
          ci++;
          continue;
        }
        if (starNi === -1)
          return false;
        ni = starNi + 1;
        ci = ++starCi;
      }
      while (nodes[ni]?.t === "star")
        ni++;
      return ni === nodes.length;
    };
    lengths = (items2) => {
      let min = 0;
      let max = 0;
      for (const it of items2) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
      }
      return [min, max];
    };
    itemLengths = (it) => {
      if (it.t === "star")
        return [0, Infinity];
      if (it.t !== "ext")
        return [1, 1];
      if (it.type === "!")
        return [0, Infinity];
      const alts = it.alts.map(lengths);
      const min = Math.min(...alts.map((a) => a[0]));
      const max = Math.max(...alts.map((a) => a[1]));
      const loop = max === 0 ? 0 : Infinity;
      return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
    };
    hasAffix = (lits, chars, start) => {
      for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
          return false;
      }
      return true;
    };
    slashOrSurrogate = /[/\ud800-\udfff]/;
    surrogate = /[\ud800-\udfff]/;
    codePoints = (s) => surrogate.test(s) ? [...s] : s;
    noSlash = (s) => {
      if (s.includes("/")) {
        throw new Error("can only match a single path portion, got: " + s);
      }
    };
    Matcher = class {
      pattern;
      options;
      #start;
      // the number of node ids
      #size;
      #marks;
      // the Sim for strings that are only `.` or `..`
      #dotsSim;
      // the string to compare, if the pattern has no magic. With
      // `nocase:true`, the RegExp that folds case is made when it is
      // first used.
      #literal;
      #literalFold = false;
      #literalRe;
      // the nodes between the prefix and suffix, if the graph is a
      // single chain
      #linear;
      // the linear nodes are only `*` and `?`, so the length bounds and
      // the prefix and suffix decide the match
      #wild = false;
      // the least and most chars that a match can have
      #min = 0;
      #max = Infinity;
      // the literals that a match must start and end with. Each one
      // matches exactly one char, and they are distinct items in the
      // pattern, so a string that does not have them can not match.
      #prefix = [];
      #suffix = [];
      // the prefix and suffix as strings, if they do not fold case
      #prefixStr;
      #suffixStr;
      // there is a prefix or suffix to check
      #affix = false;
      #dfa;
      #form;
      constructor(pattern, options = {}) {
        if (pattern.includes("/")) {
          throw new Error("can only match a single path portion, got pattern: " + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? "NFC" : n || void 0;
        const literal2 = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
        let [items2] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
          items2 = normalize(items2, this.#form);
        const [start, size] = compile(items2, nocase);
        this.#start = start;
        this.#size = size;
        if (items2.every((it) => it.t === "lit")) {
          this.#literal = items2.map((it) => it.ch).join("");
          this.#literalFold = nocase;
        } else {
          const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
          for (const it of items2) {
            const l = lit2(it);
            if (!l)
              break;
            this.#prefix.push(l);
          }
          for (let j = items2.length - 1; j >= 0; j--) {
            const l = lit2(items2[j]);
            if (!l)
              break;
            this.#suffix.unshift(l);
          }
          this.#affix = !!(this.#prefix.length || this.#suffix.length);
          if (!nocase) {
            this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
            this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
          }
          this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
          this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
          const [min, max] = lengths(items2);
          this.#min = min;
          this.#max = max;
        }
      }
      test(s) {
        if (this.#form) {
          noSlash(s);
          return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
          noSlash(s);
          return this.#test(s, [...s]);
        }
        return this.#test(s, s);
      }
      /**
       * The same as {@link Matcher#test}, but the string is not checked
       * for `/` chars, so the result for a string that has one is not
       * defined. Only use it for a string that is known to be one path
       * portion, such as a part of a path that was split on `/`. It can
       * be faster, because some patterns do not need to look at each char
       * of the string.
       */
      testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
      }
      // Test a string that has no `/`. `chars` indexes it by code point.
      // If it is not given, it is only found if a step needs it.
      #test(s, chars) {
        if (this.#literal !== void 0) {
          return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
        }
        const min = this.#min;
        const max = this.#max;
        if (chars === void 0) {
          const most = s.length;
          const least = most + 1 >> 1;
          if (most < min || least > max)
            return false;
          if (least < min || most > max)
            chars = codePoints(s);
        }
        if (chars !== void 0 && (chars.length < min || chars.length > max)) {
          return false;
        }
        const prefix2 = this.#prefix.length;
        if (this.#affix) {
          if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
            if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
              return false;
            }
          } else {
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
              return false;
            }
          }
        }
        const dotStart = !this.options.dot && s.startsWith(".");
        if (this.#linear) {
          if (s === "." || s === "..")
            return false;
          if (dotStart && !prefix2)
            return false;
          if (this.#wild)
            return true;
          chars ??= codePoints(s);
          const end = chars.length - this.#suffix.length;
          return testLinear(this.#linear, chars, prefix2, end);
        }
        chars ??= codePoints(s);
        if (s === "." || s === "..") {
          this.#marks ??= marks(this.#size);
          const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
          const start = sim.state();
          sim.add(start, this.#start, 0, true);
          let state = sim.done(start);
          for (let i = 0; i < chars.length; i++) {
            state = sim.step(state, chars[i], i, true);
          }
          return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
        let d = dfa.start(dotStart);
        const str2 = chars === s;
        for (let i = 0; i < chars.length; i++) {
          if (d.dead)
            return false;
          const code2 = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
          d = d.ascii?.[code2] ?? dfa.next(d, chars[i]);
        }
        return d.match;
      }
      /** a readable listing of the state machine */
      toString() {
        return show(this.#start);
      }
    };
  }
});

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH, assertValidPattern;
var init_assert_valid_pattern = __esm({
  "node_modules/minimatch/dist/esm/assert-valid-pattern.js"() {
    MAX_PATTERN_LENGTH = 1024 * 64;
    assertValidPattern = (pattern) => {
      if (typeof pattern !== "string") {
        throw new TypeError("invalid pattern");
      }
      if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError("pattern is too long");
      }
    };
  }
});

// node_modules/minimatch/dist/esm/escape.js
var escape;
var init_escape = __esm({
  "node_modules/minimatch/dist/esm/escape.js"() {
    escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
      const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
      const c = e.charAt(0);
      if (c === "#") {
        return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
      }
      if (c === "!") {
        return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
      }
      return e;
    };
  }
});

// node_modules/minimatch/dist/esm/unescape.js
var unescape;
var init_unescape = __esm({
  "node_modules/minimatch/dist/esm/unescape.js"() {
    unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
      if (windowsPathsNoEscape && s.startsWith("@(!)")) {
        return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
      }
      if (magicalBraces) {
        return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
      }
      return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
    };
  }
});

// node_modules/minimatch/dist/esm/index.js
var esm_exports = {};
__export(esm_exports, {
  GLOBSTAR: () => GLOBSTAR,
  Minimatch: () => Minimatch,
  braceExpand: () => braceExpand,
  defaults: () => defaults,
  escape: () => escape,
  filter: () => filter,
  match: () => match,
  minimatch: () => minimatch,
  sep: () => sep,
  unescape: () => unescape
});
var DEFAULT_BRACE_EXPAND_MAX, DEFAULT_GLOB_STAR_RECURSION_MAX, AWE_KEY, minimatch, cache2, oldCache, cacheSize, cacheTotalWeight, cacheMax, cacheMaxWeight, cacheMaxEntryWeight, cacheWeight, tri, booleanWeights, optionsKey, copyOptions, cachedMinimatch, defaultPlatform, path, sep, GLOBSTAR, filter, ext, defaults, braceExpand, RANGE_MIN, rangeRe, inRepeatOrNegExt, match, globMagic, classEnd, literal, MAX_EXTGLOBS, extglobCount, assertValidExtglobs, extSafe, lastSplit, lastChecked, portionMatch, endIndex, isDots, isDrive, isLongUNC, uncHost, walkable, dotPortion, isSep, nextSep, lastSep, PENDING, Minimatch;
var init_esm4 = __esm({
  "node_modules/minimatch/dist/esm/index.js"() {
    init_esm2();
    init_esm3();
    init_assert_valid_pattern();
    init_escape();
    init_unescape();
    init_escape();
    init_unescape();
    DEFAULT_BRACE_EXPAND_MAX = 1e5;
    DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
    AWE_KEY = "allowWindowsEscape";
    minimatch = (p, pattern, options) => {
      assertValidPattern(pattern);
      if (!options?.nocomment && pattern.charAt(0) === "#") {
        return false;
      }
      return cachedMinimatch(pattern, options).match(p);
    };
    cache2 = /* @__PURE__ */ new Map();
    oldCache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
    cacheMax = 256;
    cacheMaxWeight = 1 << 15;
    cacheMaxEntryWeight = 1 << 12;
    cacheWeight = (mm) => {
      let w = mm.pattern.length;
      for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
          break;
      }
      return w;
    };
    tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
    booleanWeights = new Map(Object.keys({
      nobrace: 0,
      nocomment: 0,
      nonegate: 0,
      noglobstar: 0,
      noext: 0,
      nonull: 0,
      partial: 0,
      dot: 0,
      nocase: 0,
      nocaseMagicOnly: 0,
      magicalBraces: 0,
      matchBase: 0,
      flipNegate: 0,
      preserveMultipleSlashes: 0,
      windowsNoMagicRoot: 0
    }).map((k, i) => [k, 24 * 3 ** i]));
    optionsKey = (o) => {
      let n = 0;
      let wpe = false;
      for (const k in o) {
        const v = o[k];
        switch (k) {
          // the same test as the Minimatch constructor
          case "windowsPathsNoEscape":
            if (v)
              wpe = true;
            break;
          case AWE_KEY:
            if (v === false)
              wpe = true;
            break;
          case "platform": {
            const p = v || defaultPlatform;
            if (p === defaultPlatform)
              break;
            if (p === "darwin")
              n += 3;
            else if (p === "win32")
              n += 6;
            else if (p === "linux")
              n += 9;
            else
              return JSON.stringify(o);
            break;
          }
          case "optimizationLevel":
            if (v === void 0)
              break;
            n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
            break;
          case "braceExpandMax":
            if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "maxGlobstarRecursion":
            if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "normalize":
            if (v !== void 0)
              return JSON.stringify(o);
            break;
          default:
            n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
      }
      return wpe ? n + 12 : n;
    };
    copyOptions = (o) => {
      const copy = {};
      for (const k in o)
        copy[k] = o[k];
      return copy;
    };
    cachedMinimatch = (pattern, options) => {
      const key = options ? optionsKey(options) : 0;
      let mm = cache2.get(key)?.get(pattern);
      if (mm)
        return mm;
      mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
      const weight = cacheWeight(mm);
      if (weight > cacheMaxEntryWeight)
        return mm;
      if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache2;
        cache2 = /* @__PURE__ */ new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
      }
      let byPattern = cache2.get(key);
      if (!byPattern)
        cache2.set(key, byPattern = /* @__PURE__ */ new Map());
      byPattern.set(pattern, mm);
      cacheSize++;
      cacheTotalWeight += weight;
      return mm;
    };
    defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
    path = {
      win32: { sep: "\\" },
      posix: { sep: "/" }
    };
    sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
    minimatch.sep = sep;
    GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
    minimatch.GLOBSTAR = GLOBSTAR;
    filter = (pattern, options) => {
      let mm;
      return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
    };
    minimatch.filter = filter;
    ext = (a, b = {}) => Object.assign({}, a, b);
    defaults = (def) => {
      if (!def || typeof def !== "object" || !Object.keys(def).length) {
        return minimatch;
      }
      const orig = minimatch;
      const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
      return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
          constructor(pattern, options = {}) {
            super(pattern, ext(def, options));
          }
          static defaults(options) {
            return orig.defaults(ext(def, options)).Minimatch;
          }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR
      });
    };
    minimatch.defaults = defaults;
    braceExpand = (pattern, options = {}) => {
      assertValidPattern(pattern);
      if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        return [pattern];
      }
      let p = pattern.replace(/\\\\/g, "\\\\\\\\");
      if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, "[\\$1]");
      }
      return expand(p, { max: options.braceExpandMax });
    };
    minimatch.braceExpand = braceExpand;
    RANGE_MIN = 100;
    rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
    inRepeatOrNegExt = (portion, mark) => {
      const stack = [];
      for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === "\\") {
          i++;
        } else if (c === mark) {
          if (stack.some((t) => t !== "@" && t !== "?"))
            return true;
        } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
          stack.push(c);
          i++;
        } else if (c === ")") {
          stack.pop();
        }
      }
      return false;
    };
    match = (list, pattern, options = {}) => {
      const mm = new Minimatch(pattern, options);
      list = list.filter((f) => mm.match(f));
      if (mm.options.nonull && !list.length) {
        list.push(pattern);
      }
      return list;
    };
    minimatch.match = match;
    globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
    classEnd = (pattern, start) => {
      let i = start + 1;
      if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
        i++;
      let sawStart = false;
      for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "]" && sawStart)
          return i;
        sawStart = true;
        if (c === "\\")
          i++;
      }
      return -1;
    };
    literal = (pattern, noext) => {
      if (!noext && (pattern === "+()" || pattern === "@()"))
        return pattern;
      let lit2 = "";
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
          lit2 += pattern.charAt(++i) || c;
        } else if (c === "*" || c === "?") {
          return void 0;
        } else if (c === "[") {
          const close = classEnd(pattern, i);
          if (close === -1) {
            lit2 += c;
            continue;
          }
          let body = pattern.slice(i + 1, close);
          if (body.startsWith("\\"))
            body = body.slice(1);
          if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
            return void 0;
          }
          lit2 += body;
          i = close;
        } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
          return void 0;
        } else {
          lit2 += c;
        }
      }
      return lit2;
    };
    MAX_EXTGLOBS = 256;
    extglobCount = (pattern) => {
      let n = 0;
      for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
          i++;
        } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
          n++;
          i++;
        }
      }
      return n;
    };
    assertValidExtglobs = (pattern) => {
      if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError("pattern has too many extglobs");
      }
    };
    extSafe = (pattern) => {
      if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
        return false;
      let depth = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
          if (++i === pattern.length)
            return false;
        } else if (c === "[") {
          const close = classEnd(pattern, i);
          if (close !== -1)
            i = close;
        } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
          depth++;
          i++;
        } else if (c === ")") {
          if (!depth--)
            return false;
        } else if (c === "|" && !depth) {
          return false;
        }
      }
      return !depth;
    };
    portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
    endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
    isDots = (p) => p === "." || p === "..";
    isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
    isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
    uncHost = (p) => {
      if (p[0] !== "" || p[1] !== "")
        return -1;
      const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
      const host = p[h];
      const share = p[h + 1];
      return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
    };
    walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
    dotPortion = (f, start, end, dot, sep5) => {
      for (let k = start; k < end; ) {
        if (f.charCodeAt(k) === 46) {
          if (!dot)
            return true;
          const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
          if (n >= end || isSep(f.charCodeAt(n), sep5))
            return true;
        }
        const s = nextSep(f, k, sep5);
        if (s === -1)
          return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep5))
          k++;
      }
      return false;
    };
    isSep = (c, sep5) => sep5 === "/" ? c === 47 : sep5 === "\\" ? c === 92 : c === 47 || c === 92;
    nextSep = (f, from, sep5) => {
      if (sep5 !== "both")
        return f.indexOf(sep5, from);
      const s = f.indexOf("/", from);
      const b = f.indexOf("\\", from);
      return s === -1 ? b : b === -1 ? s : Math.min(s, b);
    };
    lastSep = (f, from, sep5) => sep5 !== "both" ? f.lastIndexOf(sep5, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
    PENDING = {};
    Minimatch = class {
      options;
      set;
      pattern;
      windowsPathsNoEscape;
      nonegate;
      negate;
      comment;
      empty;
      preserveMultipleSlashes;
      partial;
      globSet;
      globParts;
      nocase;
      isWindows;
      platform;
      windowsNoMagicRoot;
      maxGlobstarRecursion;
      // the path can be checked against the last portion, and the string
      // portions, of each row before it is split. See #canMatch.
      #endCheck;
      #literalCheck;
      // level 2 resolves `.` and `..` portions in the path
      #level2;
      // the unicode normalization form, if any
      #form;
      // the string portions of each row in the set
      #literals = [];
      // the rows that #canMatch can match without splitting the path
      #shapes = [];
      // the rows whose last portion can be checked against the path's
      #endRows = [];
      // brace expansion can make the same portion in many rows, so they
      // share one Matcher, and the states that it caches
      #matchers = /* @__PURE__ */ new Map();
      // parse() returns PENDING in place of a Matcher
      #pending = false;
      // the char that marks numeric ranges in globSet, if any
      #rangeMark;
      // the GlobstarParts of each pattern row, by start index and partial
      #globstarParts = /* @__PURE__ */ new WeakMap();
      constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === "win32";
        this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
          this.pattern = this.pattern.replace(/\\/g, "/");
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? "NFC" : n || void 0;
        this.make();
        const drives = this.set.map((row) => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        this.#literals = this.set.map((row, r) => {
          const end = this.#endRows[r] ? row.length - 1 : row.length;
          const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
          return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some((l) => l.length);
        this.#shapes = this.set.map((row, r) => {
          const [p0, p1, p2] = row;
          if (this.#endRows[r] && row.length === 2) {
            if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
              return "tail";
          }
          if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
            return "base";
          }
          if (!this.#endCheck || drives[r] !== -1)
            return void 0;
          if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
          this.maxGlobstarRecursion > 0) {
            return "mid";
          }
          if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
            return "head";
          }
          return void 0;
        });
      }
      // a string portion of a pattern, normalized if the option is set
      #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
      }
      // On Windows, the index of the last root portion of a row, as
      // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
      // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
      // -1.
      #rootIndex(row) {
        if (!this.isWindows)
          return -1;
        if (isDrive(row[0]))
          return 0;
        const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
        if (uncDrive)
          return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
      }
      hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
          return true;
        }
        for (const pattern of this.set) {
          for (const part of pattern) {
            if (typeof part !== "string")
              return true;
          }
        }
        return false;
      }
      make() {
        const pattern = this.pattern;
        const options = this.options;
        if (!options.nocomment && pattern.charAt(0) === "#") {
          this.comment = true;
          return;
        }
        if (!pattern) {
          this.empty = true;
          return;
        }
        this.parseNegate();
        this.globSet = [...new Set(this.#expandBraces())];
        const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
          if (this.isWindows && this.windowsNoMagicRoot) {
            const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
            const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
            const isDrive2 = /^[a-z]:/i.test(s[0]);
            if (isUNC) {
              return [
                ...s.slice(0, n).map((p) => this.#norm(p)),
                ...s.slice(n).map((ss) => this.parse(ss))
              ];
            } else if (isDrive2) {
              return [
                this.#norm(s[0]),
                ...s.slice(1).map((ss) => this.parse(ss))
              ];
            }
          }
          return s.map((ss) => this.parse(ss));
        });
        this.set = set.filter((s) => s.indexOf(false) === -1);
        if (this.isWindows) {
          for (let i = 0; i < this.set.length; i++) {
            const p = this.set[i];
            if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
              if (isLongUNC(this.globParts[i][3]))
                p[3] = "UNC";
              p[2] = "?";
            }
          }
        }
        if (!options.noext)
          this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
          for (let k = 0; k < row.length; k++) {
            if (row[k] === PENDING) {
              row[k] = this.parse(this.globParts[i][k]);
            }
          }
        });
      }
      // Merge rows that only differ in one portion, where each of them
      // is a Matcher, into one row that matches any of them with
      // `@(a|b|...)`. Then a path is only walked once for all of them,
      // for example with `**/*.{js,ts}`.
      mergeRows() {
        let merged = true;
        while (merged) {
          merged = false;
          if (this.set.length < 2)
            return;
          let keys = this.#mergeKeys();
          const len = Math.max(0, ...this.set.map((r) => r.length));
          for (let k = 0; k < len; k++) {
            const groups = /* @__PURE__ */ new Map();
            const R = this.set.length + 1;
            this.set.forEach((row, i) => {
              if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
                return;
              }
              const { pre, suf } = keys[i];
              const key = pre[k] * R + suf[k + 1];
              const g = groups.get(key);
              if (g)
                g.push(i);
              else
                groups.set(key, [i]);
            });
            const drop = /* @__PURE__ */ new Set();
            for (const g of groups.values()) {
              if (g.length < 2)
                continue;
              const [first2, ...rest] = g;
              const alts = g.map((i) => this.globParts[i][k]);
              const glob = `@(${alts.join("|")})`;
              if (extglobCount(glob) > MAX_EXTGLOBS)
                continue;
              this.globParts[first2][k] = glob;
              this.set[first2][k] = this.parse(glob);
              for (const i of rest)
                drop.add(i);
            }
            if (drop.size) {
              merged = true;
              this.set = this.set.filter((_, i) => !drop.has(i));
              this.globParts = this.globParts.filter((_, i) => !drop.has(i));
              if (this.set.length < 2)
                return;
              keys = this.#mergeKeys();
            }
          }
        }
      }
      // For each row, number ids for its prefixes and suffixes, such that
      // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
      // Two rows are the same other than at portion k exactly when they
      // have the same pre[k] and suf[k + 1]. This is linear in the size of
      // the rows, where joining the whole row for every k was quadratic.
      #mergeKeys() {
        const partIds = /* @__PURE__ */ new Map();
        const ids = this.globParts.map((parts) => parts.map((s) => {
          let id = partIds.get(s);
          if (id === void 0)
            partIds.set(s, id = partIds.size);
          return id;
        }));
        const P = partIds.size;
        const len = Math.max(0, ...ids.map((r) => r.length));
        const keys = ids.map((r) => ({
          pre: [0],
          suf: new Array(r.length + 1).fill(0)
        }));
        for (let k = 0; k < len; k++) {
          const m = /* @__PURE__ */ new Map();
          ids.forEach((r, i) => {
            if (k >= r.length)
              return;
            const { pre } = keys[i];
            const key = pre[k] * P + r[k];
            let id = m.get(key);
            if (id === void 0)
              m.set(key, id = m.size + 1);
            pre.push(id);
          });
        }
        for (let k = len - 1; k >= 0; k--) {
          const m = /* @__PURE__ */ new Map();
          ids.forEach((r, i) => {
            if (k >= r.length)
              return;
            const { suf } = keys[i];
            const key = suf[k + 1] * P + r[k];
            let id = m.get(key);
            if (id === void 0)
              m.set(key, id = m.size + 1);
            suf[k] = id;
          });
        }
        return keys;
      }
      // various transforms to equivalent pattern sets that are
      // faster to process in a filesystem walk.  The goal is to
      // eliminate what we can, and push all ** patterns as far
      // to the right as possible, even if it increases the number
      // of patterns that we have to process.
      preprocess(globParts) {
        if (this.options.noglobstar) {
          for (const partset of globParts) {
            for (let j = 0; j < partset.length; j++) {
              if (partset[j] === "**") {
                partset[j] = "*";
              }
            }
          }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
          globParts = this.firstPhasePreProcess(globParts);
          globParts = this.secondPhasePreProcess(globParts);
        } else if (optimizationLevel >= 1) {
          globParts = this.levelOneOptimize(globParts);
        } else {
          globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
      }
      // just get rid of adjascent ** portions
      adjascentGlobstarOptimize(globParts) {
        return globParts.map((parts) => {
          let gs = -1;
          while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
            let i = gs;
            while (parts[i + 1] === "**") {
              i++;
            }
            if (i !== gs) {
              parts.splice(gs, i - gs);
            }
          }
          return parts;
        });
      }
      // get rid of adjascent ** and resolve .. portions
      levelOneOptimize(globParts) {
        return globParts.map((parts) => {
          const root = this.#rootIndex(parts) + 1;
          parts = parts.reduce((set, part) => {
            const prev = set[set.length - 1];
            if (part === "**" && prev === "**") {
              return set;
            }
            if (part === "..") {
              if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
                set.pop();
                return set;
              }
            }
            set.push(part);
            return set;
          }, []);
          return parts.length === 0 ? [""] : parts;
        });
      }
      // Check the path against each row before it is split. 'no' if no
      // row can match, so it does not need to be split. 'yes' if a row of
      // `**` and one more portion matches. 'maybe' if it must be split to
      // know. None of this applies with partial, where the path can end
      // before the row does.
      //
      // On Windows, `\` is a separator in the path too, and the portions of
      // a row up to its drive letter or UNC share are not checked (see
      // #rootIndex).
      //
      // Each string portion of a row must be a portion of the path, so the
      // path must contain it. Level 2 can only take portions out of the
      // path, so this is still true then.
      //
      // The last portion of a row must match the last portion of the path,
      // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
      // This does not apply to rows that end in **, rows that end in a
      // root, or preserveMultipleSlashes (which can leave more
      // than one '' at the end). At level 2, it does not apply if that
      // portion is `.` or `..`, which can be
      // resolved away. Level 2 only takes other portions out of the
      // middle of the path.
      //
      // A row of `**/x` then matches if the ** can walk the portions
      // before the one that x matches, the same as #matchGlobstar. At
      // level 2, this is only known if none of them are `.` or `..`, so
      // that the path does not change when it is resolved.
      #canMatch(f) {
        const sep5 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
        let ends = this.#endCheck ? 0 : -1;
        let last = "";
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        ROWS: for (let r = 0; r < this.set.length; r++) {
          const row = this.set[r];
          const p = row[row.length - 1];
          let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
          if (end && ends === 0) {
            const i = lastSep(f, f.length, sep5);
            lastStart = i + 1;
            last = f.slice(lastStart);
            if (last === "" && i >= 0) {
              let j = i;
              while (j > 0 && isSep(f.charCodeAt(j - 1), sep5))
                j--;
              prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep5) + 1;
              prev = f.slice(prevStart, j);
            }
            const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
            ends = resolves ? -1 : 1;
            end = !resolves;
          }
          let tailStart = -1;
          if (end && typeof p === "string") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          if (this.#literalCheck) {
            for (const l of this.#literals[r]) {
              if (!f.includes(l))
                continue ROWS;
            }
          }
          if (end && typeof p === "object") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          const shape = this.#shapes[r];
          if (shape === "base" && end)
            return "yes";
          if (shape === "tail" && end) {
            if (this.#level2 && dotPortion(f, 0, tailStart, true, sep5)) {
              return "maybe";
            }
            if (!dotPortion(f, 0, tailStart, dot, sep5))
              return "yes";
            continue;
          }
          if (shape === "mid" || shape === "head") {
            const m = this.#walk(f, row, shape === "head", dot, sep5);
            if (m !== "no")
              return m;
            continue;
          }
          return "maybe";
        }
        return "no";
      }
      // Match a row of a known shape against the split path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do. None of these
      // rows have a drive letter, so they start at the first portion.
      #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === "head") {
          if (n < 2 || !portionMatch(row[0], file[0])) {
            return false;
          }
          for (let i = 1; i < n; i++)
            if (!walkable(file[i], dot))
              return false;
          return true;
        }
        const x = row[1];
        if (shape === "tail") {
          let t = n - 1;
          if (!portionMatch(x, file[t])) {
            if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
              return false;
            }
          }
          for (let i = 0; i < t; i++)
            if (!walkable(file[i], dot))
              return false;
          return true;
        }
        for (let k = 0; k < n; k++) {
          if (portionMatch(x, file[k]) && k + 1 < n) {
            let i = k + 1;
            while (i < n && walkable(file[i], dot))
              i++;
            if (i === n)
              return true;
          }
          if (!walkable(file[k], dot))
            return false;
        }
        return false;
      }
      // Match a row of `**/x/**` or `x/**` against the path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do once it is split.
      // x must match a portion (the first one, for `x/**`), the ** before
      // it must be able to walk the portions before that one, and there
      // must be a portion after it, which the ** after it can walk. At
      // level 2, this is only known if no portion is `.` or `..`.
      #walk(f, row, head, dot, sep5) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep5))
          return "maybe";
        const x = row[head ? 0 : 1];
        let s = 0;
        for (let e = nextSep(f, s, sep5); e !== -1; e = nextSep(f, s, sep5)) {
          let next = e + 1;
          while (next < f.length && isSep(f.charCodeAt(next), sep5))
            next++;
          const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
          if (hit && !dotPortion(f, next, f.length, dot, sep5))
            return "yes";
          if (head || dotPortion(f, s, next, dot, sep5))
            return "no";
          s = next;
        }
        return "no";
      }
      // the last split, if it was the same path with the same split
      // settings
      #cachedSplit(f) {
        const last = lastSplit;
        return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
      }
      // split a path for match(), and keep the parts for the next call
      #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
        const normalize2 = this.#form;
        if (normalize2)
          parts = parts.map((p) => p.normalize(normalize2));
        lastSplit = {
          f,
          isWindows,
          preserveMultipleSlashes,
          normalize: normalize2,
          parts
        };
        return lastSplit;
      }
      // resolve `.` and `..` portions of a path, for level 2
      #levelTwoFileOptimize(file) {
        const parts = [...file];
        let didSomething = false;
        do {
          didSomething = false;
          if (!this.preserveMultipleSlashes) {
            for (let i = 1; i < parts.length - 1; i++) {
              const p = parts[i];
              if (i === 1 && p === "" && parts[0] === "")
                continue;
              if (p === "." || p === "") {
                didSomething = true;
                parts.splice(i, 1);
                i--;
              }
            }
            if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
              didSomething = true;
              parts.pop();
            }
          }
          const root = this.#rootIndex(parts) + 1;
          let dd = root;
          while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
            const p = parts[dd - 1];
            if (p && p !== "." && p !== ".." && p !== "**") {
              didSomething = true;
              parts.splice(dd - 1, 2);
              dd = Math.max(dd - 2, root);
            }
          }
        } while (didSomething);
        return parts.length === 0 ? [""] : parts;
      }
      // First phase: single-pattern processing
      // <pre> is 1 or more portions
      // <rest> is 1 or more portions
      // <p> is any portion other than ., .., '', or **
      // <e> is . or ''
      //
      // **/.. is *brutal* for filesystem walking performance, because
      // it effectively resets the recursive walk each time it occurs,
      // and ** cannot be reduced out by a .. pattern part like a regexp
      // or most strings (other than .., ., and '') can be.
      //
      // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
      // <pre>/<e>/<rest> -> <pre>/<rest>
      // <pre>/<p>/../<rest> -> <pre>/<rest>
      // **/**/<rest> -> **/<rest>
      //
      // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
      // this WOULD be allowed if ** did follow symlinks, or * didn't
      firstPhasePreProcess(globParts) {
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1e6;
        let didSomething = false;
        do {
          didSomething = false;
          for (let parts of globParts) {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
              let gss = gs;
              while (parts[gss + 1] === "**") {
                gss++;
              }
              if (gss > gs) {
                parts.splice(gs + 1, gss - gs);
              }
              let next = parts[gs + 1];
              const p = parts[gs + 2];
              const p2 = parts[gs + 3];
              if (next !== "..")
                continue;
              if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
                continue;
              }
              const addedCells = parts.length - 1;
              if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
                throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
              }
              didSomething = true;
              parts.splice(gs, 1);
              const other = parts.slice(0);
              other[gs] = "**";
              splitCells += addedCells;
              globParts.push(other);
              gs--;
            }
            if (!this.preserveMultipleSlashes) {
              for (let i = 1; i < parts.length - 1; i++) {
                const p = parts[i];
                if (i === 1 && p === "" && parts[0] === "")
                  continue;
                if (p === "." || p === "") {
                  didSomething = true;
                  parts.splice(i, 1);
                  i--;
                }
              }
              if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
                didSomething = true;
                parts.pop();
              }
            }
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
              const p = parts[dd - 1];
              if (p && p !== "." && p !== ".." && p !== "**") {
                didSomething = true;
                const needDot = dd === 1 && parts[dd + 1] === "**";
                const splin = needDot ? ["."] : [];
                parts.splice(dd - 1, 2, ...splin);
                if (parts.length === 0)
                  parts.push("");
                dd = Math.max(dd - 2, root);
              }
            }
          }
        } while (didSomething);
        return globParts;
      }
      // second phase: multi-pattern dedupes
      // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
      // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
      secondPhasePreProcess(globParts) {
        const keys = /* @__PURE__ */ new Set();
        const rows = globParts.filter((parts) => {
          const key = parts.join("/");
          if (keys.has(key))
            return false;
          keys.add(key);
          return true;
        });
        const stars = /* @__PURE__ */ new Map();
        for (const parts of rows) {
          const s = [];
          for (let i = 0; i < parts.length; i++) {
            if (parts[i] === "*")
              s.push(i);
          }
          if (s.length)
            stars.set(s.join(","), s);
        }
        if (!stars.size || rows.length * stars.size > 1e5)
          return rows;
        const { dot } = this.options;
        return rows.filter((parts) => {
          for (const s of stars.values()) {
            if (s[s.length - 1] >= parts.length)
              continue;
            const c = [...parts];
            let ok = true;
            let changed = false;
            for (const i of s) {
              const p = parts[i];
              if (p === "*")
                continue;
              if (!p || p === "**" || !dot && p.startsWith(".")) {
                ok = false;
                break;
              }
              c[i] = "*";
              changed = true;
            }
            if (ok && changed && keys.has(c.join("/")))
              return false;
          }
          return true;
        });
      }
      parseNegate() {
        if (this.nonegate)
          return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
          negate = !negate;
          negateOffset++;
        }
        if (negateOffset)
          this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
      }
      // Match the parts of a path against one row of the set. `resolved`
      // is the parts after level 2 resolves `.` and `..` in them, or the
      // same parts below level 2. Set partial to true to test if, for
      // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
      // you run out of file before you run out of pattern, then that's
      // fine, as long as all the parts match.
      #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
          const host = pattern[ph];
          const share = pattern[ph + 1];
          if (typeof host !== "string" || typeof share !== "string") {
            fileStartIndex = fh;
            patternStartIndex = ph;
          } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
            fileStartIndex = fh + 2;
            patternStartIndex = ph + 2;
          }
        } else if (this.isWindows) {
          const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
          const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
          const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
          const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
          const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
          const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
          if (typeof fdi === "number" && typeof pdi === "number") {
            const [fd, pd] = [
              file[fdi],
              pattern[pdi]
            ];
            if (fd.toLowerCase() === pd.toLowerCase()) {
              patternStartIndex = pdi + 1;
              fileStartIndex = fdi + 1;
            }
          }
        }
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
          return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
      }
      #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        if (head.length) {
          const headEnd = fileIndex + head.length;
          if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
            return false;
          }
          fileIndex += head.length;
          patternIndex += head.length;
        }
        let fileTailMatch = 0;
        if (tail.length) {
          if (tail.length + fileIndex > file.length)
            return false;
          let tailStart = file.length - tail.length;
          if (this.#matchOne(file, tail, partial, tailStart, 0)) {
            fileTailMatch = tail.length;
          } else {
            if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
              return false;
            }
            tailStart--;
            if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
              return false;
            }
            fileTailMatch = tail.length + 1;
          }
        }
        if (!body.length) {
          let sawSome = !!fileTailMatch;
          for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
            const f = String(file[i]);
            sawSome = true;
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return partial || sawSome;
        }
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
      }
      // Split the pattern into head, tail, and middle of ** delimited
      // parts. The tail has to be at the end, and the others just have to
      // be found in order from the head. These only depend on the pattern
      // row, so they are kept for the next path.
      #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
          byStart = [];
          this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
          return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
          if (b === GLOBSTAR) {
            nonGsPartsSums.push(nonGsParts);
            current = [[], 0];
            segments.push(current);
          } else {
            current[0].push(b);
            nonGsParts++;
          }
        }
        segments.forEach((b, i) => {
          b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
      }
      // return false for "nope, not matching"
      // return null for "not matching, cannot keep trying"
      #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
        const bs = bodySegments[bodyIndex];
        if (!bs) {
          if (partial) {
            return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
          }
          for (let i = fileIndex; i < fileLength; i++) {
            sawTail = true;
            const f = file[i];
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return sawTail;
        }
        const [body, need] = bs;
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
          const key = bodyIndex * (file.length + 1) + fileIndex;
          if (tried.has(key))
            return false;
          tried.add(key);
          const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
          if (m && globStarDepth < this.maxGlobstarRecursion) {
            const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
            if (sub !== false) {
              return sub;
            }
          }
          if (fileIndex === after)
            break;
          const f = file[fileIndex];
          if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
            return false;
          }
          fileIndex++;
        }
        return partial || null;
      }
      #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
          let p = pattern[pi];
          let f = file[fi];
          if (p === false || p === GLOBSTAR) {
            return false;
          }
          if (!portionMatch(p, f))
            return false;
        }
        if (fi === fl && pi === pl) {
          return true;
        } else if (fi === fl) {
          return partial;
        } else if (pi === pl) {
          return fi === fl - 1 && file[fi] === "";
        } else {
          throw new Error("wtf?");
        }
      }
      braceExpand() {
        return braceExpand(this.pattern, this.options);
      }
      // Expand braces, except numeric ranges such as {0..999} with at
      // least RANGE_MIN values. Each of those stays in its pattern as
      // `<mark>0..999<mark>`, for the Matcher to test. If a range might
      // be inside a [...] class, expand all of them instead.
      #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
          return this.braceExpand();
        let code2 = 57344;
        while (pattern.includes(String.fromCharCode(code2))) {
          if (++code2 > 63743)
            return this.braceExpand();
        }
        const mark = String.fromCharCode(code2);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
          const a = Number(lo);
          const b = Number(hi);
          if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
            return m;
          }
          found = true;
          return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
          return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
          for (const portion of p.split("/")) {
            const c = portion.indexOf("[");
            if (c !== -1 && c < portion.lastIndexOf(mark)) {
              return this.braceExpand();
            }
            if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
              return this.braceExpand();
            }
          }
        }
        this.#rangeMark = mark;
        return set;
      }
      parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        if (pattern === "**")
          return GLOBSTAR;
        if (pattern === "")
          return "";
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
        const rangeMark = this.#rangeMark;
        const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
        if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
          return this.#norm(lit2);
        }
        if (this.#pending)
          return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
          if (!noext)
            assertValidExtglobs(pattern);
          m = new Matcher(pattern, {
            nocase,
            noext,
            dot,
            normalize: normalize2,
            ...rangeMark && { rangeMark }
          });
          this.#matchers.set(pattern, m);
        }
        return m;
      }
      #slashSplit(p) {
        if (this.preserveMultipleSlashes) {
          return p.split("/");
        } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
          return ["", ...p.split(/\/+/)];
        } else {
          return p.split(/\/+/);
        }
      }
      match(f, partial = this.partial) {
        if (this.comment) {
          return false;
        }
        if (this.empty) {
          return f === "";
        }
        if (f === "/" && partial) {
          return true;
        }
        const options = this.options;
        let split = this.#cachedSplit(f);
        if (!split) {
          if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
            lastChecked = f;
            const can = this.#canMatch(f);
            if (can === "no")
              return options.flipNegate ? false : this.negate;
            if (can === "yes")
              return options.flipNegate ? true : !this.negate;
          }
          split = this.#split(f);
        }
        const ff = split.parts;
        const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
        const set = this.set;
        let filename = ff[ff.length - 1];
        if (!filename) {
          for (let i = ff.length - 2; !filename && i >= 0; i--) {
            filename = ff[i];
          }
        }
        for (let r = 0; r < set.length; r++) {
          const pattern = set[r];
          const shape = partial ? void 0 : this.#shapes[r];
          const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
          if (hit) {
            if (options.flipNegate) {
              return true;
            }
            return !this.negate;
          }
        }
        if (options.flipNegate) {
          return false;
        }
        return this.negate;
      }
      static defaults(def) {
        return minimatch.defaults(def).Minimatch;
      }
    };
    minimatch.Minimatch = Minimatch;
    minimatch.escape = escape;
    minimatch.unescape = unescape;
  }
});

// src/load/cdk-assembly.ts
var cdk_assembly_exports = {};
__export(cdk_assembly_exports, {
  isCloudAssembly: () => isCloudAssembly,
  readCloudAssembly: () => readCloudAssembly
});
async function isCloudAssembly(path2) {
  const manifestPath = await manifestPathOf(path2);
  if (manifestPath === null) return false;
  let text;
  try {
    text = await (0, import_promises.readFile)(manifestPath, "utf8");
  } catch {
    return false;
  }
  try {
    const value = JSON.parse(text);
    return isRecord(value) && isRecord(value["artifacts"]);
  } catch {
    return isFile((0, import_node_path3.resolve)((0, import_node_path3.dirname)(manifestPath), "cdk.out"));
  }
}
async function readCloudAssembly(path2, opts) {
  const run2 = { cwd: opts.cwd, sources: [], errors: [], seenAssemblies: /* @__PURE__ */ new Set(), emitted: /* @__PURE__ */ new Set() };
  const manifestPath = await manifestPathOf(path2) ?? (0, import_node_path3.resolve)(path2, MANIFEST);
  await readAssembly(run2, (0, import_node_path3.dirname)(manifestPath), null);
  return { sources: run2.sources, errors: run2.errors };
}
async function readAssembly(run2, dir, parentTree) {
  if (run2.seenAssemblies.has(dir)) return;
  run2.seenAssemblies.add(dir);
  const manifestFile = (0, import_node_path3.resolve)(dir, MANIFEST);
  const manifest = await readJson(manifestFile);
  if (!manifest.ok) {
    run2.errors.push({ ...manifest.error, file: display(run2, manifestFile) });
    return;
  }
  const artifacts = isRecord(manifest.value) ? manifest.value["artifacts"] : void 0;
  if (!isRecord(artifacts)) {
    run2.errors.push(error2(run2, manifestFile, 'not a CDK cloud assembly manifest: it has no "artifacts" object'));
    return;
  }
  const ownTree = Object.values(artifacts).find((a) => isRecord(a) && a["type"] === TREE);
  const treeFile = isRecord(ownTree) ? str(props(ownTree)["file"]) : void 0;
  const tree = treeFile !== void 0 ? memo(() => loadTree((0, import_node_path3.resolve)(dir, treeFile))) : parentTree ?? memo(() => loadTree((0, import_node_path3.resolve)(dir, "tree.json")));
  const assembly = { dir, tree, assetTemplates: memo(() => loadAssetTemplates(dir, artifacts)) };
  for (const [id, artifact] of Object.entries(artifacts)) {
    if (!isRecord(artifact)) continue;
    if (artifact["type"] === STACK) await readStack(run2, assembly, id, artifact, manifestFile);
    else if (artifact["type"] === NESTED_ASSEMBLY) {
      const sub = str(props(artifact)["directoryName"]);
      if (sub === void 0) {
        run2.errors.push(error2(run2, manifestFile, `artifact "${id}" (a Stage) has no properties.directoryName`));
        continue;
      }
      const subDir = inside(dir, sub);
      if (subDir === null) {
        run2.errors.push(error2(run2, manifestFile, `artifact "${id}" points outside the cloud assembly: ${sub}`));
        continue;
      }
      await readAssembly(run2, subDir, tree);
    }
  }
}
async function readStack(run2, asm, id, artifact, manifestFile) {
  const p = props(artifact);
  const templateFile = str(p["templateFile"]);
  if (templateFile === void 0) {
    run2.errors.push(error2(run2, manifestFile, `stack artifact "${id}" has no properties.templateFile`));
    return;
  }
  const stackName = str(p["stackName"]) ?? id;
  const facts = await stackFacts(asm, id, artifact, templateFile);
  const rootScope = scopeOfTemplate(facts, templateFile) ?? str(artifact["displayName"]) ?? id;
  if (!facts.scopes.includes(rootScope)) insertScope(facts.scopes, rootScope);
  await readTemplate(run2, asm, facts, templateFile, rootScope, stackName, []);
}
async function stackFacts(asm, id, artifact, templateFile) {
  const logicalIds = /* @__PURE__ */ new Map();
  const templateFiles = /* @__PURE__ */ new Map();
  const collect = (metadata) => {
    if (!isRecord(metadata)) return;
    for (const [key, entries] of Object.entries(metadata)) {
      if (!Array.isArray(entries)) continue;
      const path2 = key.replace(/^\//, "");
      for (const entry of entries) {
        if (!isRecord(entry)) continue;
        const data = str(entry["data"]);
        if (data === void 0) continue;
        if (entry["type"] === LOGICAL_ID) logicalIds.set(path2, data);
        else if (entry["type"] === TEMPLATE_FILE) templateFiles.set(path2, data);
      }
    }
  };
  collect(artifact["metadata"]);
  const named = str(artifact["additionalMetadataFile"]) ?? str(props(artifact)["additionalMetadataFile"]);
  const metadataFile = inside(asm.dir, named ?? `${id}.metadata.json`);
  if (metadataFile !== null) {
    const extra = await readJson(metadataFile);
    if (extra.ok) collect(extra.value);
  }
  if (logicalIds.size === 0) {
    const tree = await asm.tree();
    const stackPath = [...templateFiles].find(([, file]) => file === templateFile)?.[0] ?? str(artifact["displayName"]) ?? id;
    if (tree !== null) {
      for (const [path2, logicalId] of tree) if (path2.startsWith(`${stackPath}/`)) logicalIds.set(path2, logicalId);
    }
  }
  const scopes = [];
  for (const path2 of templateFiles.keys()) insertScope(scopes, path2);
  for (const path2 of logicalIds.keys()) {
    const nested = nestedScopeOfResource(path2);
    if (nested !== null) insertScope(scopes, nested);
  }
  return { logicalIds, templateFiles, scopes };
}
async function readTemplate(run2, asm, facts, templateFile, scope, stackName, parents) {
  const abs = inside(asm.dir, templateFile);
  if (abs === null) {
    run2.errors.push(error2(run2, (0, import_node_path3.resolve)(asm.dir, MANIFEST), `template of stack "${stackName}" is outside the cloud assembly: ${templateFile}`));
    return;
  }
  if (run2.emitted.has(abs)) return;
  run2.emitted.add(abs);
  let text;
  try {
    text = await (0, import_promises.readFile)(abs, "utf8");
  } catch (e) {
    run2.errors.push(error2(run2, abs, `cannot read the template of stack "${stackName}" listed in the cloud assembly (${errorCode(e)})`));
    return;
  }
  const cdkPaths = pathsInScope(facts, scope);
  run2.sources.push({
    file: display(run2, abs),
    text,
    stackName,
    origin: "cdk",
    parents,
    cdkPaths,
    syntax: "json",
    // The manifest names this file as a template, so a file that fails to parse is an error, never a skip.
    explicit: true
  });
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return;
  }
  const resources = isRecord(body) ? body["Resources"] : void 0;
  if (!isRecord(resources)) return;
  const childParents = [...parents, stackName];
  const linked = /* @__PURE__ */ new Set();
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isRecord(resource) || resource["Type"] !== "AWS::CloudFormation::Stack") continue;
    const metadata = isRecord(resource["Metadata"]) ? resource["Metadata"] : {};
    const assetPath = str(metadata["aws:asset:path"]);
    let file = assetPath !== void 0 && assetPath.endsWith(".template.json") ? assetPath : void 0;
    const resourcePath = cdkPaths[logicalId] ?? str(metadata["aws:cdk:path"]);
    let childScope = resourcePath !== void 0 ? nestedScopeOfResource(resourcePath) : null;
    if (childScope === null && file !== void 0) childScope = scopeOfTemplate(facts, file);
    if (file === void 0 && childScope !== null) file = facts.templateFiles.get(childScope);
    if (file === void 0) file = await templateFromAssetUrl(asm, resource["Properties"]);
    if (file === void 0) continue;
    childScope ??= scopeOfTemplate(facts, file) ?? `${scope}/${logicalId}`;
    linked.add(childScope);
    await readTemplate(run2, asm, facts, file, childScope, `${stackName}/${logicalId}`, childParents);
  }
  for (const [nestedScope, file] of facts.templateFiles) {
    if (linked.has(nestedScope) || nestedScope === scope || enclosingScope(facts, nestedScope) !== scope) continue;
    await readTemplate(run2, asm, facts, file, nestedScope, `${stackName}/${(0, import_node_path3.basename)(nestedScope)}`, childParents);
  }
}
function pathsInScope(facts, scope) {
  const out = {};
  for (const [path2, logicalId] of facts.logicalIds) if (enclosingScope(facts, path2) === scope) out[logicalId] = path2;
  return out;
}
function enclosingScope(facts, path2) {
  for (const scope of facts.scopes) if (path2.startsWith(`${scope}/`)) return scope;
  return null;
}
function scopeOfTemplate(facts, file) {
  for (const [scope, f] of facts.templateFiles) if (f === file) return scope;
  return null;
}
function insertScope(scopes, scope) {
  if (scopes.includes(scope)) return;
  scopes.push(scope);
  scopes.sort((a, b) => b.length - a.length);
}
function nestedScopeOfResource(path2) {
  const parts = path2.split("/");
  const last = parts[parts.length - 1];
  const holder = parts[parts.length - 2];
  if (last === void 0 || holder === void 0 || !last.endsWith(".NestedStackResource")) return null;
  const id = last.slice(0, -".NestedStackResource".length);
  if (holder !== `${id}.NestedStack`) return null;
  return [...parts.slice(0, -2), id].join("/");
}
async function templateFromAssetUrl(asm, properties) {
  const url = isRecord(properties) ? properties["TemplateURL"] : void 0;
  if (url === void 0) return void 0;
  const byKey = await asm.assetTemplates();
  for (const s of strings(url)) {
    const file = byKey.get(s.slice(s.lastIndexOf("/") + 1));
    if (file !== void 0) return file;
  }
  return void 0;
}
async function loadAssetTemplates(dir, artifacts) {
  const byKey = /* @__PURE__ */ new Map();
  for (const artifact of Object.values(artifacts)) {
    if (!isRecord(artifact) || artifact["type"] !== ASSET_MANIFEST) continue;
    const file = inside(dir, str(props(artifact)["file"]) ?? "");
    if (file === null) continue;
    const assets = await readJson(file);
    const files = assets.ok && isRecord(assets.value) ? assets.value["files"] : void 0;
    if (!isRecord(files)) continue;
    for (const asset of Object.values(files)) {
      if (!isRecord(asset) || !isRecord(asset["source"]) || !isRecord(asset["destinations"])) continue;
      const path2 = str(asset["source"]["path"]);
      if (path2 === void 0 || !path2.endsWith(".template.json")) continue;
      for (const dest of Object.values(asset["destinations"])) {
        const key = isRecord(dest) ? str(dest["objectKey"]) : void 0;
        if (key !== void 0) byKey.set(key.slice(key.lastIndexOf("/") + 1), path2);
      }
    }
  }
  return byKey;
}
async function loadTree(treeFile) {
  const root = await readJson(treeFile);
  if (!root.ok || !isRecord(root.value)) return null;
  const out = /* @__PURE__ */ new Map();
  const baseDir = (0, import_node_path3.dirname)(treeFile);
  const files = /* @__PURE__ */ new Map([[treeFile, root.value]]);
  const pending = [root.value["tree"]];
  while (pending.length > 0) {
    let node = pending.pop();
    if (!isRecord(node)) continue;
    const fileName = str(node["fileName"]);
    if (fileName !== void 0 && node["children"] === void 0) {
      const abs = inside(baseDir, fileName);
      if (abs === null) continue;
      if (!files.has(abs)) {
        if (files.size >= MAX_TREE_FILES) continue;
        const sub = await readJson(abs);
        files.set(abs, sub.ok ? sub.value : null);
      }
      const doc = files.get(abs);
      const treeId = str(node["treeId"]);
      node = !isRecord(doc) ? void 0 : treeId !== void 0 ? isRecord(doc["forest"]) ? doc["forest"][treeId] : void 0 : doc["tree"];
      if (!isRecord(node) || str(node["fileName"]) !== void 0) continue;
    }
    const path2 = str(node["path"]);
    const attributes = node["attributes"];
    const logicalId = isRecord(attributes) ? str(attributes[TREE_LOGICAL_ID]) : void 0;
    if (path2 !== void 0 && logicalId !== void 0) out.set(path2, logicalId);
    if (isRecord(node["children"])) pending.push(...Object.values(node["children"]));
  }
  return out;
}
async function readJson(file) {
  let text;
  try {
    text = await (0, import_promises.readFile)(file, "utf8");
  } catch (e) {
    return { ok: false, error: { line: null, column: null, message: `cannot read ${(0, import_node_path3.basename)(file)} (${errorCode(e)})` } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const problems = [];
    parse2(text, problems, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first2 = problems[0];
    const pos = first2 !== void 0 ? new LineIndex(text).position(first2.offset) : null;
    const reason = e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e);
    return { ok: false, error: { line: pos?.line ?? null, column: pos?.column ?? null, message: `${(0, import_node_path3.basename)(file)} is not valid JSON: ${reason}` } };
  }
}
async function manifestPathOf(path2) {
  const abs = (0, import_node_path3.resolve)(path2);
  if ((0, import_node_path3.basename)(abs) === MANIFEST && await isFile(abs)) return abs;
  const inDir = (0, import_node_path3.resolve)(abs, MANIFEST);
  return await isFile(inDir) ? inDir : null;
}
async function isFile(path2) {
  try {
    return (await (0, import_promises.stat)(path2)).isFile();
  } catch {
    return false;
  }
}
function inside(dir, rel) {
  if (rel === "") return null;
  const abs = (0, import_node_path3.resolve)(dir, rel);
  return abs === dir || abs.startsWith(dir.endsWith(import_node_path3.sep) ? dir : dir + import_node_path3.sep) ? abs : null;
}
function display(run2, abs) {
  return (0, import_node_path3.relative)(run2.cwd, abs).split(import_node_path3.sep).join("/");
}
function error2(run2, abs, message) {
  return { file: display(run2, abs), line: null, column: null, message };
}
function errorCode(e) {
  if (isRecord(e) && typeof e["code"] === "string") return e["code"];
  return e instanceof Error ? e.message : String(e);
}
function memo(load) {
  let cached;
  return () => cached ??= load();
}
function props(artifact) {
  const p = artifact["properties"];
  return isRecord(p) ? p : {};
}
function* strings(value) {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (isRecord(value)) for (const v of Object.values(value)) yield* strings(v);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
var import_promises, import_node_path3, MANIFEST, STACK, NESTED_ASSEMBLY, TREE, ASSET_MANIFEST, LOGICAL_ID, TEMPLATE_FILE, TREE_LOGICAL_ID, MAX_TREE_FILES;
var init_cdk_assembly = __esm({
  "src/load/cdk-assembly.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_path3 = require("node:path");
    init_main();
    init_line_index();
    MANIFEST = "manifest.json";
    STACK = "aws:cloudformation:stack";
    NESTED_ASSEMBLY = "cdk:cloud-assembly";
    TREE = "cdk:tree";
    ASSET_MANIFEST = "cdk:asset-manifest";
    LOGICAL_ID = "aws:cdk:logicalId";
    TEMPLATE_FILE = "aws:cdk:templateFile";
    TREE_LOGICAL_ID = "aws:cdk:cloudformation:logicalId";
    MAX_TREE_FILES = 1e3;
  }
});

// node_modules/ret/dist/types/tokens.js
var require_tokens = __commonJS({
  "node_modules/ret/dist/types/tokens.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/ret/dist/types/types.js
var require_types = __commonJS({
  "node_modules/ret/dist/types/types.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.types = void 0;
    var types;
    (function(types2) {
      types2[types2["ROOT"] = 0] = "ROOT";
      types2[types2["GROUP"] = 1] = "GROUP";
      types2[types2["POSITION"] = 2] = "POSITION";
      types2[types2["SET"] = 3] = "SET";
      types2[types2["RANGE"] = 4] = "RANGE";
      types2[types2["REPETITION"] = 5] = "REPETITION";
      types2[types2["REFERENCE"] = 6] = "REFERENCE";
      types2[types2["CHAR"] = 7] = "CHAR";
    })(types || (exports2.types = types = {}));
  }
});

// node_modules/ret/dist/types/set-lookup.js
var require_set_lookup = __commonJS({
  "node_modules/ret/dist/types/set-lookup.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/ret/dist/types/index.js
var require_types2 = __commonJS({
  "node_modules/ret/dist/types/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(require_tokens(), exports2);
    __exportStar(require_types(), exports2);
    __exportStar(require_set_lookup(), exports2);
  }
});

// node_modules/ret/dist/sets.js
var require_sets = __commonJS({
  "node_modules/ret/dist/sets.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.anyChar = exports2.notWhitespace = exports2.whitespace = exports2.notInts = exports2.ints = exports2.notWords = exports2.words = void 0;
    var types_1 = require_types2();
    var INTS = () => [{ type: types_1.types.RANGE, from: 48, to: 57 }];
    var WORDS = () => [
      { type: types_1.types.CHAR, value: 95 },
      { type: types_1.types.RANGE, from: 97, to: 122 },
      { type: types_1.types.RANGE, from: 65, to: 90 },
      { type: types_1.types.RANGE, from: 48, to: 57 }
    ];
    var WHITESPACE = () => [
      { type: types_1.types.CHAR, value: 9 },
      { type: types_1.types.CHAR, value: 10 },
      { type: types_1.types.CHAR, value: 11 },
      { type: types_1.types.CHAR, value: 12 },
      { type: types_1.types.CHAR, value: 13 },
      { type: types_1.types.CHAR, value: 32 },
      { type: types_1.types.CHAR, value: 160 },
      { type: types_1.types.CHAR, value: 5760 },
      { type: types_1.types.RANGE, from: 8192, to: 8202 },
      { type: types_1.types.CHAR, value: 8232 },
      { type: types_1.types.CHAR, value: 8233 },
      { type: types_1.types.CHAR, value: 8239 },
      { type: types_1.types.CHAR, value: 8287 },
      { type: types_1.types.CHAR, value: 12288 },
      { type: types_1.types.CHAR, value: 65279 }
    ];
    var NOTANYCHAR = () => [
      { type: types_1.types.CHAR, value: 10 },
      { type: types_1.types.CHAR, value: 13 },
      { type: types_1.types.CHAR, value: 8232 },
      { type: types_1.types.CHAR, value: 8233 }
    ];
    var words = () => ({ type: types_1.types.SET, set: WORDS(), not: false });
    exports2.words = words;
    var notWords = () => ({ type: types_1.types.SET, set: WORDS(), not: true });
    exports2.notWords = notWords;
    var ints = () => ({ type: types_1.types.SET, set: INTS(), not: false });
    exports2.ints = ints;
    var notInts = () => ({ type: types_1.types.SET, set: INTS(), not: true });
    exports2.notInts = notInts;
    var whitespace = () => ({ type: types_1.types.SET, set: WHITESPACE(), not: false });
    exports2.whitespace = whitespace;
    var notWhitespace = () => ({ type: types_1.types.SET, set: WHITESPACE(), not: true });
    exports2.notWhitespace = notWhitespace;
    var anyChar = () => ({ type: types_1.types.SET, set: NOTANYCHAR(), not: true });
    exports2.anyChar = anyChar;
  }
});

// node_modules/ret/dist/util.js
var require_util = __commonJS({
  "node_modules/ret/dist/util.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result2, mod, k[i]);
        }
        __setModuleDefault(result2, mod);
        return result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.tokenizeClass = exports2.strToChars = void 0;
    var types_1 = require_types2();
    var sets = __importStar(require_sets());
    var CTRL = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^ ?";
    var strToChars = (str2) => {
      const charsRegex = /(\[\\b\])|(\\)?\\(?:u([A-F0-9]{4})|x([A-F0-9]{2})|c([@A-Z[\\\]^?])|([0tnvfr]))/g;
      return str2.replace(charsRegex, (s, b, lbs, a16, b16, dctrl, eslsh) => {
        if (lbs) {
          return s;
        }
        let code2 = b ? 8 : a16 ? parseInt(a16, 16) : b16 ? parseInt(b16, 16) : dctrl ? CTRL.indexOf(dctrl) : {
          0: 0,
          t: 9,
          n: 10,
          v: 11,
          f: 12,
          r: 13
        }[eslsh];
        let c = String.fromCharCode(code2);
        return /[[\]{}^$.|?*+()]/.test(c) ? `\\${c}` : c;
      });
    };
    exports2.strToChars = strToChars;
    var tokenizeClass = (str2, regexpStr = "") => {
      var _a, _b, _c, _d, _e, _f, _g;
      let tokens = [], rs, c;
      const regexp = /\\(?:(w)|(d)|(s)|(W)|(D)|(S))|((?:(?:\\)(.)|([^\]\\]))-(((?:\\)])|(((?:\\)?([^\]])))))|(\])|(?:\\)?([^])/g;
      while ((rs = regexp.exec(str2)) !== null) {
        const p = (_g = (_f = (_e = (_d = (_c = (_b = (_a = rs[1] && sets.words()) !== null && _a !== void 0 ? _a : rs[2] && sets.ints()) !== null && _b !== void 0 ? _b : rs[3] && sets.whitespace()) !== null && _c !== void 0 ? _c : rs[4] && sets.notWords()) !== null && _d !== void 0 ? _d : rs[5] && sets.notInts()) !== null && _e !== void 0 ? _e : rs[6] && sets.notWhitespace()) !== null && _f !== void 0 ? _f : rs[7] && {
          type: types_1.types.RANGE,
          from: (rs[8] || rs[9]).charCodeAt(0),
          to: (c = rs[10]).charCodeAt(c.length - 1)
        }) !== null && _g !== void 0 ? _g : (c = rs[16]) && { type: types_1.types.CHAR, value: c.charCodeAt(0) };
        if (p) {
          tokens.push(p);
        } else {
          return [tokens, regexp.lastIndex];
        }
      }
      throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unterminated character class`);
    };
    exports2.tokenizeClass = tokenizeClass;
  }
});

// node_modules/ret/dist/tokenizer.js
var require_tokenizer = __commonJS({
  "node_modules/ret/dist/tokenizer.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result2, mod, k[i]);
        }
        __setModuleDefault(result2, mod);
        return result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.tokenizer = void 0;
    var util = __importStar(require_util());
    var types_1 = require_types2();
    var sets = __importStar(require_sets());
    var captureGroupFirstChar = /^[a-zA-Z_$]$/i;
    var captureGroupChars = /^[a-zA-Z0-9_$]$/i;
    var digit2 = /\d/;
    var tokenizer = (regexpStr) => {
      let i = 0, c;
      let start = { type: types_1.types.ROOT, stack: [] };
      let lastGroup = start;
      let last = start.stack;
      let groupStack = [];
      let referenceQueue = [];
      let groupCount = 0;
      const repeatErr = (col) => {
        throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Nothing to repeat at column ${col - 1}`);
      };
      let str2 = util.strToChars(regexpStr);
      while (i < str2.length) {
        switch (c = str2[i++]) {
          // Handle escaped characters, inclues a few sets.
          case "\\":
            if (i === str2.length) {
              throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: \\ at end of pattern`);
            }
            switch (c = str2[i++]) {
              case "b":
                last.push({ type: types_1.types.POSITION, value: "b" });
                break;
              case "B":
                last.push({ type: types_1.types.POSITION, value: "B" });
                break;
              case "w":
                last.push(sets.words());
                break;
              case "W":
                last.push(sets.notWords());
                break;
              case "d":
                last.push(sets.ints());
                break;
              case "D":
                last.push(sets.notInts());
                break;
              case "s":
                last.push(sets.whitespace());
                break;
              case "S":
                last.push(sets.notWhitespace());
                break;
              default:
                if (digit2.test(c)) {
                  let digits = c;
                  while (i < str2.length && digit2.test(str2[i])) {
                    digits += str2[i++];
                  }
                  let value = parseInt(digits, 10);
                  const reference = { type: types_1.types.REFERENCE, value };
                  last.push(reference);
                  referenceQueue.push({ reference, stack: last, index: last.length - 1 });
                } else {
                  last.push({ type: types_1.types.CHAR, value: c.charCodeAt(0) });
                }
            }
            break;
          // Positionals.
          case "^":
            last.push({ type: types_1.types.POSITION, value: "^" });
            break;
          case "$":
            last.push({ type: types_1.types.POSITION, value: "$" });
            break;
          // Handle custom sets.
          case "[": {
            let not;
            if (str2[i] === "^") {
              not = true;
              i++;
            } else {
              not = false;
            }
            let classTokens = util.tokenizeClass(str2.slice(i), regexpStr);
            i += classTokens[1];
            last.push({
              type: types_1.types.SET,
              set: classTokens[0],
              not
            });
            break;
          }
          // Class of any character except \n.
          case ".":
            last.push(sets.anyChar());
            break;
          // Push group onto stack.
          case "(": {
            let group = {
              type: types_1.types.GROUP,
              stack: [],
              remember: true
            };
            if (str2[i] === "?") {
              c = str2[i + 1];
              i += 2;
              if (c === "=") {
                group.followedBy = true;
                group.remember = false;
              } else if (c === "!") {
                group.notFollowedBy = true;
                group.remember = false;
              } else if (c === "<") {
                let name = "";
                if (captureGroupFirstChar.test(str2[i])) {
                  name += str2[i];
                  i++;
                } else {
                  throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Invalid capture group name, character '${str2[i]}' after '<' at column ${i + 1}`);
                }
                while (i < str2.length && captureGroupChars.test(str2[i])) {
                  name += str2[i];
                  i++;
                }
                if (str2[i] !== ">") {
                  throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unclosed capture group name, expected '>', found '${str2[i]}' at column ${i + 1}`);
                }
                group.name = name;
                i++;
              } else if (c === ":") {
                group.remember = false;
              } else {
                throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Invalid group, character '${c}' after '?' at column ${i - 1}`);
              }
            } else {
              groupCount += 1;
            }
            last.push(group);
            groupStack.push(lastGroup);
            lastGroup = group;
            last = group.stack;
            break;
          }
          // Pop group out of stack.
          case ")":
            if (groupStack.length === 0) {
              throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unmatched ) at column ${i - 1}`);
            }
            lastGroup = groupStack.pop();
            last = lastGroup.options ? lastGroup.options[lastGroup.options.length - 1] : lastGroup.stack;
            break;
          // Use pipe character to give more choices.
          case "|": {
            if (!lastGroup.options) {
              lastGroup.options = [lastGroup.stack];
              delete lastGroup.stack;
            }
            let stack = [];
            lastGroup.options.push(stack);
            last = stack;
            break;
          }
          // Repetition.
          // For every repetition, remove last element from last stack
          // then insert back a RANGE object.
          // This design is chosen because there could be more than
          // one repetition symbols in a regex i.e. `a?+{2,3}`.
          case "{": {
            let rs = /^(\d+)(,(\d+)?)?\}/.exec(str2.slice(i)), min, max;
            if (rs !== null) {
              if (last.length === 0) {
                repeatErr(i);
              }
              min = parseInt(rs[1], 10);
              max = rs[2] ? rs[3] ? parseInt(rs[3], 10) : Infinity : min;
              i += rs[0].length;
              last.push({
                type: types_1.types.REPETITION,
                min,
                max,
                value: last.pop()
              });
            } else {
              last.push({
                type: types_1.types.CHAR,
                value: 123
              });
            }
            break;
          }
          case "?":
            if (last.length === 0) {
              repeatErr(i);
            }
            last.push({
              type: types_1.types.REPETITION,
              min: 0,
              max: 1,
              value: last.pop()
            });
            break;
          case "+":
            if (last.length === 0) {
              repeatErr(i);
            }
            last.push({
              type: types_1.types.REPETITION,
              min: 1,
              max: Infinity,
              value: last.pop()
            });
            break;
          case "*":
            if (last.length === 0) {
              repeatErr(i);
            }
            last.push({
              type: types_1.types.REPETITION,
              min: 0,
              max: Infinity,
              value: last.pop()
            });
            break;
          // Default is a character that is not `\[](){}?+*^$`.
          default:
            last.push({
              type: types_1.types.CHAR,
              value: c.charCodeAt(0)
            });
        }
      }
      if (groupStack.length !== 0) {
        throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unterminated group`);
      }
      updateReferences(referenceQueue, groupCount);
      return start;
    };
    exports2.tokenizer = tokenizer;
    function updateReferences(referenceQueue, groupCount) {
      for (const elem of referenceQueue.reverse()) {
        if (groupCount < elem.reference.value) {
          elem.reference.type = types_1.types.CHAR;
          const valueString = elem.reference.value.toString();
          elem.reference.value = parseInt(valueString, 8);
          if (!/^[0-7]+$/.test(valueString)) {
            let i = 0;
            while (valueString[i] !== "8" && valueString[i] !== "9") {
              i += 1;
            }
            if (i === 0) {
              elem.reference.value = valueString.charCodeAt(0);
              i += 1;
            } else {
              elem.reference.value = parseInt(valueString.slice(0, i), 8);
            }
            if (valueString.length > i) {
              const tail = elem.stack.splice(elem.index + 1);
              for (const char of valueString.slice(i)) {
                elem.stack.push({
                  type: types_1.types.CHAR,
                  value: char.charCodeAt(0)
                });
              }
              elem.stack.push(...tail);
            }
          }
        }
      }
    }
  }
});

// node_modules/ret/dist/sets-lookup.js
var require_sets_lookup = __commonJS({
  "node_modules/ret/dist/sets-lookup.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result2, mod, k[i]);
        }
        __setModuleDefault(result2, mod);
        return result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.NOTANYCHAR = exports2.WHITESPACE = exports2.WORDS = exports2.INTS = void 0;
    var Sets = __importStar(require_sets());
    var types_1 = require_types2();
    function setToLookup(tokens) {
      let lookup2 = {};
      let len = 0;
      for (const token of tokens) {
        if (token.type === types_1.types.CHAR) {
          lookup2[token.value] = true;
        }
        if (token.type === types_1.types.RANGE) {
          lookup2[`${token.from}-${token.to}`] = true;
        }
        len += 1;
      }
      return {
        lookup: () => Object.assign({}, lookup2),
        len
      };
    }
    exports2.INTS = setToLookup(Sets.ints().set);
    exports2.WORDS = setToLookup(Sets.words().set);
    exports2.WHITESPACE = setToLookup(Sets.whitespace().set);
    exports2.NOTANYCHAR = setToLookup(Sets.anyChar().set);
  }
});

// node_modules/ret/dist/write-set-tokens.js
var require_write_set_tokens = __commonJS({
  "node_modules/ret/dist/write-set-tokens.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result2, mod, k[i]);
        }
        __setModuleDefault(result2, mod);
        return result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.setChar = setChar;
    exports2.writeSetTokens = writeSetTokens;
    var types_1 = require_types2();
    var sets = __importStar(require_sets_lookup());
    function setChar(charCode) {
      return charCode === 94 ? "\\^" : charCode === 92 ? "\\\\" : charCode === 93 ? "\\]" : charCode === 45 ? "\\-" : String.fromCharCode(charCode);
    }
    function isSameSet(set, { lookup: lookup2, len }) {
      if (len !== set.length) {
        return false;
      }
      const map = lookup2();
      for (const elem of set) {
        if (elem.type === types_1.types.SET) {
          return false;
        }
        const key = elem.type === types_1.types.CHAR ? elem.value : `${elem.from}-${elem.to}`;
        if (map[key]) {
          map[key] = false;
        } else {
          return false;
        }
      }
      return true;
    }
    function writeSetTokens(set, isNested = false) {
      if (isSameSet(set.set, sets.INTS)) {
        return set.not ? "\\D" : "\\d";
      }
      if (isSameSet(set.set, sets.WORDS)) {
        return set.not ? "\\W" : "\\w";
      }
      if (set.not && isSameSet(set.set, sets.NOTANYCHAR)) {
        return ".";
      }
      if (isSameSet(set.set, sets.WHITESPACE)) {
        return set.not ? "\\S" : "\\s";
      }
      let tokenString = "";
      for (let i = 0; i < set.set.length; i++) {
        const subset = set.set[i];
        tokenString += writeSetToken(subset);
      }
      const contents = `${set.not ? "^" : ""}${tokenString}`;
      return isNested ? contents : `[${contents}]`;
    }
    function writeSetToken(set) {
      if (set.type === types_1.types.CHAR) {
        return setChar(set.value);
      } else if (set.type === types_1.types.RANGE) {
        return `${setChar(set.from)}-${setChar(set.to)}`;
      }
      return writeSetTokens(set, true);
    }
  }
});

// node_modules/ret/dist/reconstruct.js
var require_reconstruct = __commonJS({
  "node_modules/ret/dist/reconstruct.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.reconstruct = void 0;
    var types_1 = require_types2();
    var write_set_tokens_1 = require_write_set_tokens();
    var reduceStack = (stack) => stack.map(exports2.reconstruct).join("");
    var createAlternate = (token) => {
      if ("options" in token) {
        return token.options.map(reduceStack).join("|");
      } else if ("stack" in token) {
        return reduceStack(token.stack);
      } else {
        throw new Error(`options or stack must be Root or Group token`);
      }
    };
    var reconstruct = (token) => {
      switch (token.type) {
        case types_1.types.ROOT:
          return createAlternate(token);
        case types_1.types.CHAR: {
          const c = String.fromCharCode(token.value);
          return (/[[\\{}$^.|?*+()]/.test(c) ? "\\" : "") + c;
        }
        case types_1.types.POSITION:
          if (token.value === "^" || token.value === "$") {
            return token.value;
          } else {
            return `\\${token.value}`;
          }
        case types_1.types.REFERENCE:
          return `\\${token.value}`;
        case types_1.types.SET:
          return (0, write_set_tokens_1.writeSetTokens)(token);
        case types_1.types.GROUP: {
          const prefix2 = token.name ? `?<${token.name}>` : token.remember ? "" : token.followedBy ? "?=" : token.notFollowedBy ? "?!" : "?:";
          return `(${prefix2}${createAlternate(token)})`;
        }
        case types_1.types.REPETITION: {
          const { min, max } = token;
          let endWith;
          if (min === 0 && max === 1) {
            endWith = "?";
          } else if (min === 1 && max === Infinity) {
            endWith = "+";
          } else if (min === 0 && max === Infinity) {
            endWith = "*";
          } else if (max === Infinity) {
            endWith = `{${min},}`;
          } else if (min === max) {
            endWith = `{${min}}`;
          } else {
            endWith = `{${min},${max}}`;
          }
          return `${(0, exports2.reconstruct)(token.value)}${endWith}`;
        }
        case types_1.types.RANGE:
          return `${(0, write_set_tokens_1.setChar)(token.from)}-${(0, write_set_tokens_1.setChar)(token.to)}`;
        default:
          throw new Error(`Invalid token type ${token}`);
      }
    };
    exports2.reconstruct = reconstruct;
  }
});

// node_modules/ret/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ret/dist/index.js"(exports2, module2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.types = void 0;
    var types_1 = require_types2();
    Object.defineProperty(exports2, "types", { enumerable: true, get: function() {
      return types_1.types;
    } });
    __exportStar(require_tokenizer(), exports2);
    __exportStar(require_reconstruct(), exports2);
    var tokenizer_1 = require_tokenizer();
    var reconstruct_1 = require_reconstruct();
    __exportStar(require_types2(), exports2);
    exports2.default = tokenizer_1.tokenizer;
    module2.exports = tokenizer_1.tokenizer;
    module2.exports.types = types_1.types;
    module2.exports.reconstruct = reconstruct_1.reconstruct;
  }
});

// node_modules/safe-regex2/index.js
var require_safe_regex2 = __commonJS({
  "node_modules/safe-regex2/index.js"(exports2, module2) {
    "use strict";
    var parse3 = require_dist2();
    var { types } = require_dist2();
    function walk2(node, opts, starHeight) {
      let i;
      let ok;
      let len;
      if (node.type === types.REPETITION) {
        starHeight++;
        opts.reps++;
        if (starHeight > 1) return false;
        if (opts.reps > opts.limit) return false;
      }
      const options = node.options || node.value?.options;
      if (options) {
        for (i = 0, len = options.length; i < len; i++) {
          ok = walk2({ stack: options[i] }, opts, starHeight);
          if (!ok) return false;
        }
      }
      const stack = node.stack || node.value?.stack;
      if (!stack) return true;
      for (i = 0, len = stack.length; i < len; i++) {
        ok = walk2(stack[i], opts, starHeight);
        if (!ok) return false;
      }
      return true;
    }
    function safeRegex2(re, options) {
      const opts = {
        reps: 0,
        limit: options?.limit ?? 25
      };
      if (isRegExp(re)) re = re.source;
      else if (typeof re !== "string") re = String(re);
      try {
        return walk2(parse3(re), opts, 0);
      } catch {
        return false;
      }
    }
    function isRegExp(x) {
      return Object.prototype.toString.call(x) === "[object RegExp]";
    }
    module2.exports = safeRegex2;
    module2.exports.default = safeRegex2;
    module2.exports.safeRegex = safeRegex2;
  }
});

// src/adapters/action.ts
var import_node_crypto2 = require("node:crypto");
var import_node_fs = require("node:fs");
var import_promises4 = require("node:fs/promises");
var import_node_path6 = require("node:path");

// node_modules/@actions/core/lib/command.js
var os = __toESM(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command2, properties, message) {
  const cmd = new Command(command2, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command2, properties, message) {
    if (!command2) {
      command2 = "missing.command";
    }
    this.command = command2;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first2 = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first2) {
              first2 = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require("crypto"), 1);
var fs = __toESM(require("fs"), 1);
var os2 = __toESM(require("os"), 1);
function issueFileCommand(command2, message) {
  const filePath = process.env[`GITHUB_${command2}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command2}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
var os4 = __toESM(require("os"), 1);

// node_modules/@actions/core/lib/summary.js
var import_os = require("os");
var import_fs = require("fs");
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve7) {
      resolve7(value);
    });
  }
  return new (P || (P = Promise))(function(resolve7, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result2) {
      result2.done ? resolve7(result2.value) : adopt(result2.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs2 = {}) {
    const htmlAttrs = Object.entries(attrs2).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs2 = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items2, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items2.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs2 = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs2);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs2 = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs2));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs2 = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require("os"), 1);
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/report/index.ts
async function formatReport(name, report, ctx) {
  switch (name) {
    case "text":
      return (await Promise.resolve().then(() => (init_text(), text_exports))).formatText(report, ctx);
    case "json":
      return (await Promise.resolve().then(() => (init_json(), json_exports))).formatJson(report, ctx);
    case "sarif":
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).formatSarif(report, ctx);
    case "junit":
      return (await Promise.resolve().then(() => (init_junit(), junit_exports))).formatJunit(report, ctx);
    case "markdown":
      return (await Promise.resolve().then(() => (init_markdown(), markdown_exports))).formatMarkdown(report, ctx);
    case "github":
      return (await Promise.resolve().then(() => (init_github(), github_exports))).formatGithub(report, ctx);
    default: {
      const unreachable = name;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}

// src/adapters/run.ts
var import_node_child_process = require("node:child_process");
var import_promises3 = require("node:fs/promises");
var import_node_path5 = require("node:path");

// src/load/parse.ts
var import_yaml = __toESM(require_dist(), 1);
init_main();
init_line_index();
var import_yaml_cfn = __toESM(require_yaml_cfn(), 1);
var MAX_DEPTH = 1e3;
var SHORT_TAGS = /* @__PURE__ */ new Set([
  "Ref",
  "Condition",
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "And",
  "Equals",
  "If",
  "Not",
  "Or",
  "Contains",
  "EachMemberEquals",
  "EachMemberIn",
  "RefAll",
  "ValueOf",
  "ValueOfAll",
  "Implies",
  "ToJsonString",
  "Length",
  "ForEach"
]);
var CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
function longFormOf(tag) {
  if (!tag.startsWith("!") || tag.startsWith("!!")) return null;
  const name = tag.slice(1);
  if (!SHORT_TAGS.has(name)) return null;
  return name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
}
var ParseFail = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function guessSyntax(file, text) {
  const first2 = /\S/.exec(text);
  return first2 && (first2[0] === "{" || first2[0] === "[") ? "json" : "yaml";
}
function parseTemplate(source) {
  const text = stripBom(source.text);
  const lines = new LineIndex(text);
  const fail = (message, offset) => {
    const pos = offset === null ? null : lines.position(offset);
    return { ok: false, error: { file: source.file, line: pos?.line ?? null, column: pos?.column ?? null, message } };
  };
  const nul = text.indexOf("\0");
  if (nul >= 0) return fail("the file contains a NUL byte (is it binary or UTF-16?)", nul);
  const bad = text.indexOf("\uFFFD");
  if (bad >= 0) return fail("the file is not valid UTF-8 (CloudFormation templates must be UTF-8)", bad);
  if (text.trim() === "") return fail("the file is empty", null);
  const syntax = source.syntax ?? guessSyntax(source.file, text);
  try {
    const parsed = syntax === "json" ? parseJson(text) : parseYaml(text);
    const body = parsed.value;
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      return fail(`not a CloudFormation template: the top level is ${describe(body)}, not a mapping`, 0);
    }
    const template = {
      file: source.file,
      syntax,
      origin: source.origin ?? "cloudformation",
      stackName: source.stackName ?? null,
      parents: source.parents ?? [],
      cdkPaths: source.cdkPaths ?? {},
      body,
      locate: (path2) => lines.position(parsed.locate(path2)),
      lineText: (line) => lines.lineText(line)
    };
    return { ok: true, template };
  } catch (e) {
    if (e instanceof ParseFail) return fail(e.message, e.offset);
    if (e instanceof RangeError) return fail(`nesting is too deep to parse safely (more than about ${MAX_DEPTH} levels)`, null);
    throw e;
  }
}
function describe(v) {
  if (v === null || v === void 0) return "empty";
  if (Array.isArray(v)) return "a list";
  return `a ${typeof v}`;
}
function parseYaml(text) {
  const docs = (0, import_yaml.parseAllDocuments)(text, { uniqueKeys: true, merge: true, prettyErrors: false, schema: "core", keepSourceTokens: false });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0) throw new ParseFail("the file has no content (only comments or blank lines)", 0);
  const doc = list[0];
  for (const err of doc.errors) {
    if (/call stack/i.test(err.message)) throw new ParseFail(`nesting is too deep to parse safely (more than about ${MAX_DEPTH} levels)`, err.pos[0]);
    const strictError = new ParseFail(`YAML: ${firstLine(err.message)}`, err.pos[0]);
    if (err.code === "DUPLICATE_KEY") throw strictError;
    const lenient = parseYamlLenient(text);
    if (lenient) return lenient;
    throw strictError;
  }
  if (list.length > 1) {
    const second = list[1];
    throw new ParseFail("the file holds more than one YAML document; a template is one document", second.range[0]);
  }
  const memo2 = /* @__PURE__ */ new Map();
  const toValue = (node, depth) => {
    if (node === null || node === void 0) return null;
    if (depth > MAX_DEPTH) throw new ParseFail(`nesting deeper than ${MAX_DEPTH} levels`, node.range?.[0] ?? null);
    if ((0, import_yaml.isAlias)(node)) {
      const target = node.resolve(doc);
      if (!target) throw new ParseFail(`unknown alias *${node.source}`, node.range?.[0] ?? null);
      return toValue(target, depth + 1);
    }
    const cached = memo2.get(node);
    if (cached !== void 0) return cached;
    const tag = node.tag;
    const intrinsic = tag ? longFormOf(tag) : null;
    if (tag && !intrinsic && !CORE_TAGS.has(tag)) {
      const shown = tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag;
      throw new ParseFail(`unknown tag ${shown}: not a CloudFormation intrinsic function`, node.range?.[0] ?? null);
    }
    let value2;
    if ((0, import_yaml.isMap)(node)) value2 = mapValue(node, depth);
    else if ((0, import_yaml.isSeq)(node)) {
      const arr = [];
      memo2.set(node, arr);
      for (const item of node.items) arr.push(toValue(item, depth + 1));
      value2 = arr;
    } else if ((0, import_yaml.isScalar)(node)) value2 = scalarValue(node, intrinsic !== null);
    else value2 = null;
    if (intrinsic) {
      if (intrinsic === "Fn::GetAtt" && typeof value2 === "string") {
        const i = value2.indexOf(".");
        value2 = i < 0 ? [value2] : [value2.slice(0, i), value2.slice(i + 1)];
      }
      value2 = { [intrinsic]: value2 };
    }
    memo2.set(node, value2);
    return value2;
  };
  const mapValue = (node, depth) => {
    const obj = {};
    memo2.set(node, obj);
    const merged = [];
    for (const pair2 of node.items) {
      const keyNode = pair2.key;
      if ((0, import_yaml.isScalar)(keyNode) && keyNode.value === "<<" && keyNode.type === "PLAIN") {
        const v = toValue(pair2.value, depth + 1);
        for (const m of Array.isArray(v) ? v : [v]) if (m && typeof m === "object" && !Array.isArray(m)) merged.push(m);
        continue;
      }
      const key = keyString(keyNode);
      defineKey(obj, key, toValue(pair2.value, depth + 1));
    }
    for (const m of merged) for (const [k, v] of Object.entries(m)) if (!Object.prototype.hasOwnProperty.call(obj, k)) defineKey(obj, k, v);
    return obj;
  };
  const value = toValue(doc.contents, 0);
  const locate = (path2) => {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const step of path2) {
      if (!node) break;
      if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc) ?? null;
      if (!node) break;
      const tag = node.tag;
      if (tag && longFormOf(tag) === step) continue;
      if ((0, import_yaml.isMap)(node)) {
        const pair2 = findPair(node, String(step));
        if (!pair2) break;
        offset = pair2.key?.range?.[0] ?? offset;
        node = pair2.value;
      } else if ((0, import_yaml.isSeq)(node) && typeof step === "number") {
        const item = node.items[step];
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset;
  };
  const findPair = (map, key, depth = 0) => {
    for (const pair2 of map.items) if ((0, import_yaml.isPair)(pair2) && (0, import_yaml.isScalar)(pair2.key) && String(pair2.key.value) === key) return pair2;
    if (depth > 8) return null;
    for (const pair2 of map.items) {
      if ((0, import_yaml.isScalar)(pair2.key) && pair2.key.value === "<<") {
        let v = pair2.value;
        if ((0, import_yaml.isAlias)(v)) v = v.resolve(doc) ?? null;
        const sources = (0, import_yaml.isSeq)(v) ? v.items.map((i) => (0, import_yaml.isAlias)(i) ? i.resolve(doc) : i) : [v];
        for (const s of sources) if ((0, import_yaml.isMap)(s)) {
          const found = findPair(s, key, depth + 1);
          if (found) return found;
        }
      }
    }
    return null;
  };
  return { value, locate };
}
function parseYamlLenient(text) {
  let value;
  try {
    value = (0, import_yaml_cfn.yamlParse)(text);
  } catch {
    return null;
  }
  const lines = text.split("\n");
  const indentOf = (l) => l.length - l.trimStart().length;
  const offsets = [];
  let acc = 0;
  for (const l of lines) {
    offsets.push(acc);
    acc += l.length + 1;
  }
  const locate = (path2) => {
    let line = 0;
    let indent = -1;
    let found = 0;
    for (const step of path2) {
      if (typeof step !== "string") continue;
      const key = new RegExp(`^\\s*(?:-\\s+)?["']?${step.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
      let hit = -1;
      for (let i = line + (found ? 1 : 0); i < lines.length; i++) {
        const l = lines[i];
        if (l.trim() === "" || l.trimStart().startsWith("#")) continue;
        if (found && indentOf(l) <= indent) break;
        if (key.test(l)) {
          hit = i;
          break;
        }
      }
      if (hit < 0) break;
      line = hit;
      indent = indentOf(lines[hit]);
      found = offsets[hit] + indent;
    }
    return found;
  };
  return { value, locate };
}
function firstLine(s) {
  return s.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function keyString(keyNode) {
  if (keyNode === null) return "";
  if ((0, import_yaml.isScalar)(keyNode)) {
    const v = keyNode.value;
    return v === null ? "" : String(v);
  }
  throw new ParseFail("a mapping key must be a plain value, not a collection", keyNode.range?.[0] ?? null);
}
function scalarValue(node, tagged) {
  const v = node.value;
  if (tagged) return v === null ? "" : typeof v === "string" ? v : String(node.source ?? v);
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" && !Number.isFinite(v)) return node.source ?? String(v);
  return v === void 0 ? null : v;
}
function defineKey(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
function parseJson(text) {
  const depth = maxBracketDepth(text);
  if (depth.depth > MAX_DEPTH) throw new ParseFail(`nesting deeper than ${MAX_DEPTH} levels`, depth.offset);
  const errors = [];
  const root = parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first2 = errors[0];
  if (first2) throw new ParseFail(`JSON: ${jsonErrorText(printParseErrorCode(first2.error))}`, first2.offset);
  if (!root) throw new ParseFail("JSON: no value", 0);
  const toValue = (node) => {
    switch (node.type) {
      case "object": {
        const obj = {};
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v) continue;
          const key = String(k.value);
          if (Object.prototype.hasOwnProperty.call(obj, key)) throw new ParseFail(`duplicate key "${key}"`, k.offset);
          defineKey(obj, key, toValue(v));
        }
        return obj;
      }
      case "array":
        return (node.children ?? []).map(toValue);
      case "number": {
        const n = node.value;
        if (!Number.isFinite(n) || !Number.isSafeInteger(n) && Number.isInteger(n)) return text.slice(node.offset, node.offset + node.length);
        return n;
      }
      default:
        return node.value ?? null;
    }
  };
  const value = toValue(root);
  const locate = (path2) => {
    let node = root;
    let offset = root.offset;
    for (const step of path2) {
      if (!node) break;
      if (node.type === "object") {
        const prop = node.children?.find((p) => p.children?.[0]?.value === String(step));
        if (!prop) break;
        offset = prop.children?.[0]?.offset ?? prop.offset;
        node = prop.children?.[1];
      } else if (node.type === "array" && typeof step === "number") {
        const item = node.children?.[step];
        if (!item) break;
        offset = item.offset;
        node = item;
      } else break;
    }
    return offset;
  };
  return { value, locate };
}
function jsonErrorText(code2) {
  const words = {
    InvalidSymbol: "unexpected character",
    InvalidNumberFormat: "invalid number",
    PropertyNameExpected: "property name expected",
    ValueExpected: "value expected",
    ColonExpected: "colon expected",
    CommaExpected: "comma expected",
    CloseBraceExpected: "closing brace expected",
    CloseBracketExpected: "closing bracket expected",
    EndOfFileExpected: "end of file expected",
    InvalidCommentToken: "comments are not allowed in JSON",
    UnexpectedEndOfComment: "unexpected end of comment",
    UnexpectedEndOfString: "unterminated string",
    UnexpectedEndOfNumber: "unexpected end of number",
    InvalidUnicode: "invalid unicode escape",
    InvalidEscapeCharacter: "invalid escape character",
    InvalidCharacter: "invalid character"
  };
  return words[code2] ?? code2;
}
function maxBracketDepth(text) {
  let depth = 0;
  let max = 0;
  let at = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) {
        max = depth;
        at = i;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return { depth: max, offset: at };
}

// src/model/resolve.ts
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
var MAX_ALTERNATIVES = 32;
var MAX_DEPTH2 = 40;
var known = (value, conditions = []) => ({ known: true, value, conditions });
var unknown = (reason, conditions = []) => ({ known: false, reason, conditions });
function intrinsicName(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 1) return null;
  const k = keys[0];
  return k === "Ref" || k === "Condition" || k.startsWith("Fn::") ? k : null;
}
var Resolver = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  /** Every value `v` can take. Never empty. */
  resolve(v) {
    return cap(this.res(v, 0));
  }
  /** Resolve to strings (numbers and booleans stringified as CloudFormation would). */
  resolveString(v) {
    return this.resolve(v).map((r) => {
      if (!r.known) return r;
      const x = r.value;
      if (typeof x === "string") return r;
      if (typeof x === "number" || typeof x === "boolean") return known(String(x), r.conditions);
      if (x === NO_VALUE) return r;
      return unknown(`expected a text value, found ${Array.isArray(x) ? "a list" : typeof x}`, r.conditions);
    });
  }
  res(v, depth) {
    if (depth > MAX_DEPTH2) return [unknown("value nested too deeply to resolve")];
    const name = intrinsicName(v);
    if (name === null) return [known(v)];
    const arg = v[name];
    switch (name) {
      case "Ref":
        return this.ref(arg);
      case "Fn::If":
        return this.fnIf(arg, depth);
      case "Fn::Sub":
        return this.sub(arg, depth);
      case "Fn::Join":
        return this.join(arg, depth);
      case "Fn::FindInMap":
        return this.findInMap(arg, depth);
      case "Fn::Select":
        return this.select(arg, depth);
      case "Fn::Split":
        return this.split(arg, depth);
      case "Fn::GetAtt": {
        const target = Array.isArray(arg) ? arg.join(".") : String(typeof arg === "string" ? arg : "\u2026");
        return [unknown(`Fn::GetAtt ${target} is only known at deploy time`)];
      }
      case "Fn::ImportValue":
        return [unknown("Fn::ImportValue comes from another stack")];
      default:
        return [unknown(`${name} is not evaluated`)];
    }
  }
  ref(arg) {
    if (typeof arg !== "string") return [unknown("Ref to a non-text name")];
    if (arg === "AWS::NoValue") return [known(NO_VALUE)];
    const given = this.ctx.given[arg];
    const param = this.ctx.parameters.get(arg);
    if (given !== void 0) return [known(param && isListType(param.type) ? given.split(",").map((s) => s.trim()) : given)];
    if (param) {
      const asValue = (x) => isListType(param.type) && typeof x === "string" ? x.split(",").map((s) => s.trim()) : x;
      if (param.default !== void 0 && param.default !== null) return [known(asValue(param.default))];
      if (param.allowedValues && param.allowedValues.length > 0) return param.allowedValues.map((x) => known(asValue(x)));
      return [unknown(`parameter ${arg} has no default`)];
    }
    if (arg.startsWith("AWS::")) return [unknown(`pseudo parameter ${arg} is only known at deploy time`)];
    if (this.ctx.resources.has(arg)) return [unknown(`Ref to resource ${arg} is only known at deploy time`)];
    return [unknown(`Ref to ${arg}, which the template does not define`)];
  }
  fnIf(arg, depth) {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== "string") return [unknown("malformed Fn::If")];
    const cond2 = arg[0];
    const out = [];
    for (const [i, branch] of [[1, true], [2, false]]) {
      for (const r of this.res(arg[i], depth + 1)) out.push(withCondition(r, { condition: cond2, branch }));
    }
    return out;
  }
  sub(arg, depth) {
    let text = arg;
    let vars = {};
    if (Array.isArray(arg)) {
      text = arg[0];
      if (arg[1] && typeof arg[1] === "object" && !Array.isArray(arg[1])) vars = arg[1];
    }
    if (typeof text !== "string") return [unknown("malformed Fn::Sub")];
    const parts = [];
    const re = /\$\{([^}]*)\}/g;
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      parts.push(text.slice(last, m.index));
      const inner = m[1];
      if (inner.startsWith("!")) parts.push("${" + inner.slice(1) + "}");
      else parts.push({ name: inner.trim() });
      last = m.index + m[0].length;
    }
    parts.push(text.slice(last));
    let acc = [known("")];
    for (const part of parts) {
      let options;
      if (typeof part === "string") options = [known(part)];
      else if (Object.prototype.hasOwnProperty.call(vars, part.name)) options = this.stringsOf(this.res(vars[part.name], depth + 1));
      else if (part.name.includes(".")) options = [unknown(`\${${part.name}} is only known at deploy time`)];
      else options = this.stringsOf(this.ref(part.name));
      acc = combine(acc, options, (a, b) => String(a) + String(b));
    }
    return acc;
  }
  stringsOf(rs) {
    return rs.map((r) => {
      if (!r.known) return r;
      if (typeof r.value === "string" || typeof r.value === "number" || typeof r.value === "boolean") return known(String(r.value), r.conditions);
      if (Array.isArray(r.value) && r.value.every((x) => typeof x === "string")) return known(r.value.join(","), r.conditions);
      return unknown("a non-text value inside a string", r.conditions);
    });
  }
  list(v, depth) {
    return this.res(v, depth + 1).flatMap((r) => {
      if (!r.known) return [r];
      if (!Array.isArray(r.value)) return [unknown("expected a list", r.conditions)];
      let acc = [known([], r.conditions)];
      for (const item of r.value) {
        acc = combine(acc, this.res(item, depth + 1), (a, b) => [...a, b]);
        if (acc.length > MAX_ALTERNATIVES) return [unknown("too many combinations to evaluate", r.conditions)];
      }
      return acc;
    });
  }
  join(arg, depth) {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string") return [unknown("malformed Fn::Join")];
    const delim = arg[0];
    return this.list(arg[1], depth).map((r) => {
      if (!r.known) return r;
      const items2 = r.value;
      if (items2.some((x) => x === NO_VALUE)) return known(items2.filter((x) => x !== NO_VALUE).map(String).join(delim), r.conditions);
      if (!items2.every((x) => ["string", "number", "boolean"].includes(typeof x))) return unknown("Fn::Join of a non-text value", r.conditions);
      return known(items2.map(String).join(delim), r.conditions);
    });
  }
  findInMap(arg, depth) {
    if (!Array.isArray(arg) || arg.length < 3) return [unknown("malformed Fn::FindInMap")];
    let acc = [known([])];
    for (const part of arg.slice(0, 3)) acc = combine(acc, this.stringsOf(this.res(part, depth + 1)), (a, b) => [...a, b]);
    return acc.map((r) => {
      if (!r.known) return r;
      const [m, k1, k2] = r.value;
      const map = this.ctx.mappings[m];
      const top = map && typeof map === "object" ? map[k1] : void 0;
      const val = top && typeof top === "object" ? top[k2] : void 0;
      if (val === void 0) return unknown(`Fn::FindInMap ${m}/${k1}/${k2} is not in the template's Mappings`, r.conditions);
      return known(val, r.conditions);
    });
  }
  select(arg, depth) {
    if (!Array.isArray(arg) || arg.length !== 2) return [unknown("malformed Fn::Select")];
    const idx = this.res(arg[0], depth + 1);
    return combine(idx, this.list(arg[1], depth), (i, l) => {
      const n = Number(i);
      const items2 = l;
      return Number.isInteger(n) && n >= 0 && n < items2.length ? items2[n] : SELECT_OUT_OF_RANGE;
    }).map((r) => r.known && r.value === SELECT_OUT_OF_RANGE ? unknown("Fn::Select index out of range", r.conditions) : r);
  }
  split(arg, depth) {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string") return [unknown("malformed Fn::Split")];
    const delim = arg[0];
    return this.stringsOf(this.res(arg[1], depth + 1)).map((r) => r.known ? known(String(r.value).split(delim), r.conditions) : r);
  }
};
var SELECT_OUT_OF_RANGE = /* @__PURE__ */ Symbol("out of range");
function isListType(type) {
  return type === "CommaDelimitedList" || type.startsWith("List<");
}
function withCondition(r, c) {
  return r.known ? known(r.value, [c, ...r.conditions]) : unknown(r.reason, [c, ...r.conditions]);
}
function combine(a, b, f) {
  const out = [];
  for (const x of a) {
    for (const y of b) {
      const conditions = mergeConditions(x.conditions, y.conditions);
      if (conditions === null) continue;
      if (!x.known) out.push(unknown(x.reason, conditions));
      else if (!y.known) out.push(unknown(y.reason, conditions));
      else out.push(known(f(x.value, y.value), conditions));
      if (out.length > MAX_ALTERNATIVES) return [unknown("too many combinations to evaluate")];
    }
  }
  return out.length ? out : [unknown("no consistent combination of conditions")];
}
function mergeConditions(a, b) {
  const out = [...a];
  for (const c of b) {
    const same = out.find((x) => x.condition === c.condition);
    if (!same) out.push(c);
    else if (same.branch !== c.branch) return null;
  }
  return out;
}
function cap(rs) {
  return rs.length > MAX_ALTERNATIVES ? [unknown("too many combinations to evaluate")] : rs;
}

// src/model/graph.ts
var TemplateShapeError = class extends Error {
  constructor(message, path2) {
    super(message);
    this.path = path2;
  }
  path;
};
var asRecord = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var WALK_BUDGET = 2e5;
function buildGraph(template, given = {}) {
  const body = template.body;
  const rawResources = body["Resources"];
  if (rawResources === void 0) throw new TemplateShapeError("the template has no Resources section (CloudFormation requires at least one resource)", []);
  if (rawResources === null || typeof rawResources !== "object" || Array.isArray(rawResources)) {
    throw new TemplateShapeError(`Resources must be a mapping of logical ids to resources, not ${rawResources === null ? "empty" : Array.isArray(rawResources) ? "a list" : typeof rawResources}`, ["Resources"]);
  }
  const metaCdk = (m) => typeof m["aws:cdk:path"] === "string" ? m["aws:cdk:path"] : null;
  const resources = /* @__PURE__ */ new Map();
  const byType = /* @__PURE__ */ new Map();
  for (const [logicalId, raw] of Object.entries(rawResources)) {
    const r = asRecord(raw);
    const type = typeof r["Type"] === "string" ? r["Type"] : "";
    const metadata = asRecord(r["Metadata"]);
    const res = {
      logicalId,
      type,
      properties: asRecord(r["Properties"]),
      metadata,
      condition: typeof r["Condition"] === "string" ? r["Condition"] : null,
      path: ["Resources", logicalId],
      cdkPath: metaCdk(metadata) ?? template.cdkPaths[logicalId] ?? null
    };
    resources.set(logicalId, res);
    const list = byType.get(type);
    if (list) list.push(res);
    else byType.set(type, [res]);
  }
  const parameters = /* @__PURE__ */ new Map();
  for (const [name, raw] of Object.entries(asRecord(body["Parameters"]))) {
    const p = asRecord(raw);
    const allowed = p["AllowedValues"];
    parameters.set(name, {
      name,
      type: typeof p["Type"] === "string" ? p["Type"] : "String",
      default: p["Default"],
      allowedValues: Array.isArray(allowed) ? allowed : void 0,
      noEcho: p["NoEcho"] === true || p["NoEcho"] === "true"
    });
  }
  const mappings = asRecord(body["Mappings"]);
  const resolver = new Resolver({ parameters, given, mappings, resources: new Set(resources.keys()) });
  const edges = [...collectEdges(resources), ...dependsOnEdges(template, resources)];
  const incoming = /* @__PURE__ */ new Map();
  for (const e of edges) {
    const list = incoming.get(e.to);
    if (list) list.push(e);
    else incoming.set(e.to, [e]);
  }
  const transform = body["Transform"];
  const isSam = (Array.isArray(transform) ? transform : [transform]).some((t) => typeof t === "string" && t.startsWith("AWS::Serverless"));
  return {
    template,
    resources,
    parameters,
    conditions: asRecord(body["Conditions"]),
    mappings,
    outputs: asRecord(body["Outputs"]),
    globals: asRecord(body["Globals"]),
    isSam,
    edges,
    resolver,
    byType: (type) => byType.get(type) ?? [],
    referencesTo: (id) => incoming.get(id) ?? []
  };
}
function collectEdges(resources) {
  const edges = [];
  let budget = WALK_BUDGET;
  const subRefs = (text) => {
    const out = [];
    for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) out.push(m[1].trim().split(".")[0]);
    return out;
  };
  for (const res of resources.values()) {
    const from = res.logicalId;
    const raw = res;
    const walk2 = (v, path2, depth) => {
      if (--budget < 0 || depth > 64 || v === null || typeof v !== "object") return;
      if (Array.isArray(v)) {
        v.forEach((x, i) => walk2(x, [...path2, i], depth + 1));
        return;
      }
      const o = v;
      for (const [k, x] of Object.entries(o)) {
        if (k === "Ref" && typeof x === "string" && resources.has(x)) edges.push({ from, to: x, kind: "Ref", path: path2 });
        else if (k === "Fn::GetAtt") {
          const target = Array.isArray(x) ? x[0] : typeof x === "string" ? x.split(".")[0] : void 0;
          if (typeof target === "string" && resources.has(target)) edges.push({ from, to: target, kind: "GetAtt", path: path2 });
        } else if (k === "Fn::Sub") {
          const text = Array.isArray(x) ? x[0] : x;
          if (typeof text === "string") {
            for (const t of subRefs(text)) if (resources.has(t)) edges.push({ from, to: t, kind: "Sub", path: path2 });
          }
        }
        walk2(x, [...path2, k], depth + 1);
      }
    };
    walk2(raw.properties, [...res.path, "Properties"], 0);
  }
  return edges;
}
function dependsOnEdges(template, resources) {
  const out = [];
  const raw = asRecord(template.body["Resources"]);
  for (const id of resources.keys()) {
    const d = asRecord(raw[id])["DependsOn"];
    for (const t of Array.isArray(d) ? d : [d]) if (typeof t === "string" && resources.has(t)) out.push({ from: id, to: t, kind: "DependsOn", path: ["Resources", id, "DependsOn"] });
  }
  return out;
}

// node_modules/jsonpath-plus/dist/index-node-esm.js
var import_vm = __toESM(require("vm"), 1);
var Hooks = class {
  /**
   * @callback HookCallback
   * @this {*|Jsep} this
   * @param {Jsep} env
   * @returns: void
   */
  /**
   * Adds the given callback to the list of callbacks for the given hook.
   *
   * The callback will be invoked when the hook it is registered for is run.
   *
   * One callback function can be registered to multiple hooks and the same hook multiple times.
   *
   * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
   * @param {HookCallback|boolean} callback The callback function which is given environment variables.
   * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
   * @public
   */
  add(name, callback, first2) {
    if (typeof arguments[0] != "string") {
      for (let name2 in arguments[0]) {
        this.add(name2, arguments[0][name2], arguments[1]);
      }
    } else {
      (Array.isArray(name) ? name : [name]).forEach(function(name2) {
        this[name2] = this[name2] || [];
        if (callback) {
          this[name2][first2 ? "unshift" : "push"](callback);
        }
      }, this);
    }
  }
  /**
   * Runs a hook invoking all registered callbacks with the given environment variables.
   *
   * Callbacks will be invoked synchronously and in the order in which they were registered.
   *
   * @param {string} name The name of the hook.
   * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
   * @public
   */
  run(name, env) {
    this[name] = this[name] || [];
    this[name].forEach(function(callback) {
      callback.call(env && env.context ? env.context : env, env);
    });
  }
};
var Plugins = class {
  constructor(jsep2) {
    this.jsep = jsep2;
    this.registered = {};
  }
  /**
   * @callback PluginSetup
   * @this {Jsep} jsep
   * @returns: void
   */
  /**
   * Adds the given plugin(s) to the registry
   *
   * @param {object} plugins
   * @param {string} plugins.name The name of the plugin
   * @param {PluginSetup} plugins.init The init function
   * @public
   */
  register(...plugins) {
    plugins.forEach((plugin2) => {
      if (typeof plugin2 !== "object" || !plugin2.name || !plugin2.init) {
        throw new Error("Invalid JSEP plugin format");
      }
      if (this.registered[plugin2.name]) {
        return;
      }
      plugin2.init(this.jsep);
      this.registered[plugin2.name] = plugin2;
    });
  }
};
var Jsep = class _Jsep {
  /**
   * @returns {string}
   */
  static get version() {
    return "1.4.0";
  }
  /**
   * @returns {string}
   */
  static toString() {
    return "JavaScript Expression Parser (JSEP) v" + _Jsep.version;
  }
  // ==================== CONFIG ================================
  /**
   * @method addUnaryOp
   * @param {string} op_name The name of the unary op to add
   * @returns {Jsep}
   */
  static addUnaryOp(op_name) {
    _Jsep.max_unop_len = Math.max(op_name.length, _Jsep.max_unop_len);
    _Jsep.unary_ops[op_name] = 1;
    return _Jsep;
  }
  /**
   * @method jsep.addBinaryOp
   * @param {string} op_name The name of the binary op to add
   * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
   * @param {boolean} [isRightAssociative=false] whether operator is right-associative
   * @returns {Jsep}
   */
  static addBinaryOp(op_name, precedence, isRightAssociative) {
    _Jsep.max_binop_len = Math.max(op_name.length, _Jsep.max_binop_len);
    _Jsep.binary_ops[op_name] = precedence;
    if (isRightAssociative) {
      _Jsep.right_associative.add(op_name);
    } else {
      _Jsep.right_associative.delete(op_name);
    }
    return _Jsep;
  }
  /**
   * @method addIdentifierChar
   * @param {string} char The additional character to treat as a valid part of an identifier
   * @returns {Jsep}
   */
  static addIdentifierChar(char) {
    _Jsep.additional_identifier_chars.add(char);
    return _Jsep;
  }
  /**
   * @method addLiteral
   * @param {string} literal_name The name of the literal to add
   * @param {*} literal_value The value of the literal
   * @returns {Jsep}
   */
  static addLiteral(literal_name, literal_value) {
    _Jsep.literals[literal_name] = literal_value;
    return _Jsep;
  }
  /**
   * @method removeUnaryOp
   * @param {string} op_name The name of the unary op to remove
   * @returns {Jsep}
   */
  static removeUnaryOp(op_name) {
    delete _Jsep.unary_ops[op_name];
    if (op_name.length === _Jsep.max_unop_len) {
      _Jsep.max_unop_len = _Jsep.getMaxKeyLen(_Jsep.unary_ops);
    }
    return _Jsep;
  }
  /**
   * @method removeAllUnaryOps
   * @returns {Jsep}
   */
  static removeAllUnaryOps() {
    _Jsep.unary_ops = {};
    _Jsep.max_unop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeIdentifierChar
   * @param {string} char The additional character to stop treating as a valid part of an identifier
   * @returns {Jsep}
   */
  static removeIdentifierChar(char) {
    _Jsep.additional_identifier_chars.delete(char);
    return _Jsep;
  }
  /**
   * @method removeBinaryOp
   * @param {string} op_name The name of the binary op to remove
   * @returns {Jsep}
   */
  static removeBinaryOp(op_name) {
    delete _Jsep.binary_ops[op_name];
    if (op_name.length === _Jsep.max_binop_len) {
      _Jsep.max_binop_len = _Jsep.getMaxKeyLen(_Jsep.binary_ops);
    }
    _Jsep.right_associative.delete(op_name);
    return _Jsep;
  }
  /**
   * @method removeAllBinaryOps
   * @returns {Jsep}
   */
  static removeAllBinaryOps() {
    _Jsep.binary_ops = {};
    _Jsep.max_binop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeLiteral
   * @param {string} literal_name The name of the literal to remove
   * @returns {Jsep}
   */
  static removeLiteral(literal_name) {
    delete _Jsep.literals[literal_name];
    return _Jsep;
  }
  /**
   * @method removeAllLiterals
   * @returns {Jsep}
   */
  static removeAllLiterals() {
    _Jsep.literals = {};
    return _Jsep;
  }
  // ==================== END CONFIG ============================
  /**
   * @returns {string}
   */
  get char() {
    return this.expr.charAt(this.index);
  }
  /**
   * @returns {number}
   */
  get code() {
    return this.expr.charCodeAt(this.index);
  }
  /**
   * @param {string} expr a string with the passed in express
   * @returns Jsep
   */
  constructor(expr) {
    this.expr = expr;
    this.index = 0;
  }
  /**
   * static top-level parser
   * @returns {jsep.Expression}
   */
  static parse(expr) {
    return new _Jsep(expr).parse();
  }
  /**
   * Get the longest key length of any object
   * @param {object} obj
   * @returns {number}
   */
  static getMaxKeyLen(obj) {
    return Math.max(0, ...Object.keys(obj).map((k) => k.length));
  }
  /**
   * `ch` is a character code in the next three functions
   * @param {number} ch
   * @returns {boolean}
   */
  static isDecimalDigit(ch) {
    return ch >= 48 && ch <= 57;
  }
  /**
   * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
   * @param {string} op_val
   * @returns {number}
   */
  static binaryPrecedence(op_val) {
    return _Jsep.binary_ops[op_val] || 0;
  }
  /**
   * Looks for start of identifier
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierStart(ch) {
    return ch >= 65 && ch <= 90 || // A...Z
    ch >= 97 && ch <= 122 || // a...z
    ch >= 128 && !_Jsep.binary_ops[String.fromCharCode(ch)] || // any non-ASCII that is not an operator
    _Jsep.additional_identifier_chars.has(String.fromCharCode(ch));
  }
  /**
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierPart(ch) {
    return _Jsep.isIdentifierStart(ch) || _Jsep.isDecimalDigit(ch);
  }
  /**
   * throw error at index of the expression
   * @param {string} message
   * @throws
   */
  throwError(message) {
    const error3 = new Error(message + " at character " + this.index);
    error3.index = this.index;
    error3.description = message;
    throw error3;
  }
  /**
   * Run a given hook
   * @param {string} name
   * @param {jsep.Expression|false} [node]
   * @returns {?jsep.Expression}
   */
  runHook(name, node) {
    if (_Jsep.hooks[name]) {
      const env = {
        context: this,
        node
      };
      _Jsep.hooks.run(name, env);
      return env.node;
    }
    return node;
  }
  /**
   * Runs a given hook until one returns a node
   * @param {string} name
   * @returns {?jsep.Expression}
   */
  searchHook(name) {
    if (_Jsep.hooks[name]) {
      const env = {
        context: this
      };
      _Jsep.hooks[name].find(function(callback) {
        callback.call(env.context, env);
        return env.node;
      });
      return env.node;
    }
  }
  /**
   * Push `index` up to the next non-space character
   */
  gobbleSpaces() {
    let ch = this.code;
    while (ch === _Jsep.SPACE_CODE || ch === _Jsep.TAB_CODE || ch === _Jsep.LF_CODE || ch === _Jsep.CR_CODE) {
      ch = this.expr.charCodeAt(++this.index);
    }
    this.runHook("gobble-spaces");
  }
  /**
   * Top-level method to parse all expressions and returns compound or single node
   * @returns {jsep.Expression}
   */
  parse() {
    this.runHook("before-all");
    const nodes = this.gobbleExpressions();
    const node = nodes.length === 1 ? nodes[0] : {
      type: _Jsep.COMPOUND,
      body: nodes
    };
    return this.runHook("after-all", node);
  }
  /**
   * top-level parser (but can be reused within as well)
   * @param {number} [untilICode]
   * @returns {jsep.Expression[]}
   */
  gobbleExpressions(untilICode) {
    let nodes = [], ch_i, node;
    while (this.index < this.expr.length) {
      ch_i = this.code;
      if (ch_i === _Jsep.SEMCOL_CODE || ch_i === _Jsep.COMMA_CODE) {
        this.index++;
      } else {
        if (node = this.gobbleExpression()) {
          nodes.push(node);
        } else if (this.index < this.expr.length) {
          if (ch_i === untilICode) {
            break;
          }
          this.throwError('Unexpected "' + this.char + '"');
        }
      }
    }
    return nodes;
  }
  /**
   * The main parsing function.
   * @returns {?jsep.Expression}
   */
  gobbleExpression() {
    const node = this.searchHook("gobble-expression") || this.gobbleBinaryExpression();
    this.gobbleSpaces();
    return this.runHook("after-expression", node);
  }
  /**
   * Search for the operation portion of the string (e.g. `+`, `===`)
   * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
   * and move down from 3 to 2 to 1 character until a matching binary operation is found
   * then, return that binary operation
   * @returns {string|boolean}
   */
  gobbleBinaryOp() {
    this.gobbleSpaces();
    let to_check = this.expr.substr(this.index, _Jsep.max_binop_len);
    let tc_len = to_check.length;
    while (tc_len > 0) {
      if (_Jsep.binary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
        this.index += tc_len;
        return to_check;
      }
      to_check = to_check.substr(0, --tc_len);
    }
    return false;
  }
  /**
   * This function is responsible for gobbling an individual expression,
   * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
   * @returns {?jsep.BinaryExpression}
   */
  gobbleBinaryExpression() {
    let node, biop, prec, stack, biop_info, left, right, i, cur_biop;
    left = this.gobbleToken();
    if (!left) {
      return left;
    }
    biop = this.gobbleBinaryOp();
    if (!biop) {
      return left;
    }
    biop_info = {
      value: biop,
      prec: _Jsep.binaryPrecedence(biop),
      right_a: _Jsep.right_associative.has(biop)
    };
    right = this.gobbleToken();
    if (!right) {
      this.throwError("Expected expression after " + biop);
    }
    stack = [left, biop_info, right];
    while (biop = this.gobbleBinaryOp()) {
      prec = _Jsep.binaryPrecedence(biop);
      if (prec === 0) {
        this.index -= biop.length;
        break;
      }
      biop_info = {
        value: biop,
        prec,
        right_a: _Jsep.right_associative.has(biop)
      };
      cur_biop = biop;
      const comparePrev = (prev) => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
      while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
        right = stack.pop();
        biop = stack.pop().value;
        left = stack.pop();
        node = {
          type: _Jsep.BINARY_EXP,
          operator: biop,
          left,
          right
        };
        stack.push(node);
      }
      node = this.gobbleToken();
      if (!node) {
        this.throwError("Expected expression after " + cur_biop);
      }
      stack.push(biop_info, node);
    }
    i = stack.length - 1;
    node = stack[i];
    while (i > 1) {
      node = {
        type: _Jsep.BINARY_EXP,
        operator: stack[i - 1].value,
        left: stack[i - 2],
        right: node
      };
      i -= 2;
    }
    return node;
  }
  /**
   * An individual part of a binary expression:
   * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
   * @returns {boolean|jsep.Expression}
   */
  gobbleToken() {
    let ch, to_check, tc_len, node;
    this.gobbleSpaces();
    node = this.searchHook("gobble-token");
    if (node) {
      return this.runHook("after-token", node);
    }
    ch = this.code;
    if (_Jsep.isDecimalDigit(ch) || ch === _Jsep.PERIOD_CODE) {
      return this.gobbleNumericLiteral();
    }
    if (ch === _Jsep.SQUOTE_CODE || ch === _Jsep.DQUOTE_CODE) {
      node = this.gobbleStringLiteral();
    } else if (ch === _Jsep.OBRACK_CODE) {
      node = this.gobbleArray();
    } else {
      to_check = this.expr.substr(this.index, _Jsep.max_unop_len);
      tc_len = to_check.length;
      while (tc_len > 0) {
        if (_Jsep.unary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
          this.index += tc_len;
          const argument = this.gobbleToken();
          if (!argument) {
            this.throwError("missing unaryOp argument");
          }
          return this.runHook("after-token", {
            type: _Jsep.UNARY_EXP,
            operator: to_check,
            argument,
            prefix: true
          });
        }
        to_check = to_check.substr(0, --tc_len);
      }
      if (_Jsep.isIdentifierStart(ch)) {
        node = this.gobbleIdentifier();
        if (_Jsep.literals.hasOwnProperty(node.name)) {
          node = {
            type: _Jsep.LITERAL,
            value: _Jsep.literals[node.name],
            raw: node.name
          };
        } else if (node.name === _Jsep.this_str) {
          node = {
            type: _Jsep.THIS_EXP
          };
        }
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = this.gobbleGroup();
      }
    }
    if (!node) {
      return this.runHook("after-token", false);
    }
    node = this.gobbleTokenProperty(node);
    return this.runHook("after-token", node);
  }
  /**
   * Gobble properties of of identifiers/strings/arrays/groups.
   * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
   * It also gobbles function calls:
   * e.g. `Math.acos(obj.angle)`
   * @param {jsep.Expression} node
   * @returns {jsep.Expression}
   */
  gobbleTokenProperty(node) {
    this.gobbleSpaces();
    let ch = this.code;
    while (ch === _Jsep.PERIOD_CODE || ch === _Jsep.OBRACK_CODE || ch === _Jsep.OPAREN_CODE || ch === _Jsep.QUMARK_CODE) {
      let optional;
      if (ch === _Jsep.QUMARK_CODE) {
        if (this.expr.charCodeAt(this.index + 1) !== _Jsep.PERIOD_CODE) {
          break;
        }
        optional = true;
        this.index += 2;
        this.gobbleSpaces();
        ch = this.code;
      }
      this.index++;
      if (ch === _Jsep.OBRACK_CODE) {
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: true,
          object: node,
          property: this.gobbleExpression()
        };
        if (!node.property) {
          this.throwError('Unexpected "' + this.char + '"');
        }
        this.gobbleSpaces();
        ch = this.code;
        if (ch !== _Jsep.CBRACK_CODE) {
          this.throwError("Unclosed [");
        }
        this.index++;
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = {
          type: _Jsep.CALL_EXP,
          "arguments": this.gobbleArguments(_Jsep.CPAREN_CODE),
          callee: node
        };
      } else if (ch === _Jsep.PERIOD_CODE || optional) {
        if (optional) {
          this.index--;
        }
        this.gobbleSpaces();
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: false,
          object: node,
          property: this.gobbleIdentifier()
        };
      }
      if (optional) {
        node.optional = true;
      }
      this.gobbleSpaces();
      ch = this.code;
    }
    return node;
  }
  /**
   * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
   * keep track of everything in the numeric literal and then calling `parseFloat` on that string
   * @returns {jsep.Literal}
   */
  gobbleNumericLiteral() {
    let number = "", ch, chCode;
    while (_Jsep.isDecimalDigit(this.code)) {
      number += this.expr.charAt(this.index++);
    }
    if (this.code === _Jsep.PERIOD_CODE) {
      number += this.expr.charAt(this.index++);
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
    }
    ch = this.char;
    if (ch === "e" || ch === "E") {
      number += this.expr.charAt(this.index++);
      ch = this.char;
      if (ch === "+" || ch === "-") {
        number += this.expr.charAt(this.index++);
      }
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
      if (!_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
        this.throwError("Expected exponent (" + number + this.char + ")");
      }
    }
    chCode = this.code;
    if (_Jsep.isIdentifierStart(chCode)) {
      this.throwError("Variable names cannot start with a number (" + number + this.char + ")");
    } else if (chCode === _Jsep.PERIOD_CODE || number.length === 1 && number.charCodeAt(0) === _Jsep.PERIOD_CODE) {
      this.throwError("Unexpected period");
    }
    return {
      type: _Jsep.LITERAL,
      value: parseFloat(number),
      raw: number
    };
  }
  /**
   * Parses a string literal, staring with single or double quotes with basic support for escape codes
   * e.g. `"hello world"`, `'this is\nJSEP'`
   * @returns {jsep.Literal}
   */
  gobbleStringLiteral() {
    let str2 = "";
    const startIndex = this.index;
    const quote = this.expr.charAt(this.index++);
    let closed = false;
    while (this.index < this.expr.length) {
      let ch = this.expr.charAt(this.index++);
      if (ch === quote) {
        closed = true;
        break;
      } else if (ch === "\\") {
        ch = this.expr.charAt(this.index++);
        switch (ch) {
          case "n":
            str2 += "\n";
            break;
          case "r":
            str2 += "\r";
            break;
          case "t":
            str2 += "	";
            break;
          case "b":
            str2 += "\b";
            break;
          case "f":
            str2 += "\f";
            break;
          case "v":
            str2 += "\v";
            break;
          default:
            str2 += ch;
        }
      } else {
        str2 += ch;
      }
    }
    if (!closed) {
      this.throwError('Unclosed quote after "' + str2 + '"');
    }
    return {
      type: _Jsep.LITERAL,
      value: str2,
      raw: this.expr.substring(startIndex, this.index)
    };
  }
  /**
   * Gobbles only identifiers
   * e.g.: `foo`, `_value`, `$x1`
   * Also, this function checks if that identifier is a literal:
   * (e.g. `true`, `false`, `null`) or `this`
   * @returns {jsep.Identifier}
   */
  gobbleIdentifier() {
    let ch = this.code, start = this.index;
    if (_Jsep.isIdentifierStart(ch)) {
      this.index++;
    } else {
      this.throwError("Unexpected " + this.char);
    }
    while (this.index < this.expr.length) {
      ch = this.code;
      if (_Jsep.isIdentifierPart(ch)) {
        this.index++;
      } else {
        break;
      }
    }
    return {
      type: _Jsep.IDENTIFIER,
      name: this.expr.slice(start, this.index)
    };
  }
  /**
   * Gobbles a list of arguments within the context of a function call
   * or array literal. This function also assumes that the opening character
   * `(` or `[` has already been gobbled, and gobbles expressions and commas
   * until the terminator character `)` or `]` is encountered.
   * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
   * @param {number} termination
   * @returns {jsep.Expression[]}
   */
  gobbleArguments(termination) {
    const args = [];
    let closed = false;
    let separator_count = 0;
    while (this.index < this.expr.length) {
      this.gobbleSpaces();
      let ch_i = this.code;
      if (ch_i === termination) {
        closed = true;
        this.index++;
        if (termination === _Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
          this.throwError("Unexpected token " + String.fromCharCode(termination));
        }
        break;
      } else if (ch_i === _Jsep.COMMA_CODE) {
        this.index++;
        separator_count++;
        if (separator_count !== args.length) {
          if (termination === _Jsep.CPAREN_CODE) {
            this.throwError("Unexpected token ,");
          } else if (termination === _Jsep.CBRACK_CODE) {
            for (let arg = args.length; arg < separator_count; arg++) {
              args.push(null);
            }
          }
        }
      } else if (args.length !== separator_count && separator_count !== 0) {
        this.throwError("Expected comma");
      } else {
        const node = this.gobbleExpression();
        if (!node || node.type === _Jsep.COMPOUND) {
          this.throwError("Expected comma");
        }
        args.push(node);
      }
    }
    if (!closed) {
      this.throwError("Expected " + String.fromCharCode(termination));
    }
    return args;
  }
  /**
   * Responsible for parsing a group of things within parentheses `()`
   * that have no identifier in front (so not a function call)
   * This function assumes that it needs to gobble the opening parenthesis
   * and then tries to gobble everything within that parenthesis, assuming
   * that the next thing it should see is the close parenthesis. If not,
   * then the expression probably doesn't have a `)`
   * @returns {boolean|jsep.Expression}
   */
  gobbleGroup() {
    this.index++;
    let nodes = this.gobbleExpressions(_Jsep.CPAREN_CODE);
    if (this.code === _Jsep.CPAREN_CODE) {
      this.index++;
      if (nodes.length === 1) {
        return nodes[0];
      } else if (!nodes.length) {
        return false;
      } else {
        return {
          type: _Jsep.SEQUENCE_EXP,
          expressions: nodes
        };
      }
    } else {
      this.throwError("Unclosed (");
    }
  }
  /**
   * Responsible for parsing Array literals `[1, 2, 3]`
   * This function assumes that it needs to gobble the opening bracket
   * and then tries to gobble the expressions as arguments.
   * @returns {jsep.ArrayExpression}
   */
  gobbleArray() {
    this.index++;
    return {
      type: _Jsep.ARRAY_EXP,
      elements: this.gobbleArguments(_Jsep.CBRACK_CODE)
    };
  }
};
var hooks = new Hooks();
Object.assign(Jsep, {
  hooks,
  plugins: new Plugins(Jsep),
  // Node Types
  // ----------
  // This is the full set of types that any JSEP node can be.
  // Store them here to save space when minified
  COMPOUND: "Compound",
  SEQUENCE_EXP: "SequenceExpression",
  IDENTIFIER: "Identifier",
  MEMBER_EXP: "MemberExpression",
  LITERAL: "Literal",
  THIS_EXP: "ThisExpression",
  CALL_EXP: "CallExpression",
  UNARY_EXP: "UnaryExpression",
  BINARY_EXP: "BinaryExpression",
  ARRAY_EXP: "ArrayExpression",
  TAB_CODE: 9,
  LF_CODE: 10,
  CR_CODE: 13,
  SPACE_CODE: 32,
  PERIOD_CODE: 46,
  // '.'
  COMMA_CODE: 44,
  // ','
  SQUOTE_CODE: 39,
  // single quote
  DQUOTE_CODE: 34,
  // double quotes
  OPAREN_CODE: 40,
  // (
  CPAREN_CODE: 41,
  // )
  OBRACK_CODE: 91,
  // [
  CBRACK_CODE: 93,
  // ]
  QUMARK_CODE: 63,
  // ?
  SEMCOL_CODE: 59,
  // ;
  COLON_CODE: 58,
  // :
  // Operations
  // ----------
  // Use a quickly-accessible map to store all of the unary operators
  // Values are set to `1` (it really doesn't matter)
  unary_ops: {
    "-": 1,
    "!": 1,
    "~": 1,
    "+": 1
  },
  // Also use a map for the binary operations but set their values to their
  // binary precedence for quick reference (higher number = higher precedence)
  // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
  binary_ops: {
    "||": 1,
    "??": 1,
    "&&": 2,
    "|": 3,
    "^": 4,
    "&": 5,
    "==": 6,
    "!=": 6,
    "===": 6,
    "!==": 6,
    "<": 7,
    ">": 7,
    "<=": 7,
    ">=": 7,
    "<<": 8,
    ">>": 8,
    ">>>": 8,
    "+": 9,
    "-": 9,
    "*": 10,
    "/": 10,
    "%": 10,
    "**": 11
  },
  // sets specific binary_ops as right-associative
  right_associative: /* @__PURE__ */ new Set(["**"]),
  // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
  additional_identifier_chars: /* @__PURE__ */ new Set(["$", "_"]),
  // Literals
  // ----------
  // Store the values to return for the various literals we may encounter
  literals: {
    "true": true,
    "false": false,
    "null": null
  },
  // Except for `this`, which is special. This could be changed to something like `'self'` as well
  this_str: "this"
});
Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
var jsep = (expr) => new Jsep(expr).parse();
var stdClassProps = Object.getOwnPropertyNames(class Test {
});
Object.getOwnPropertyNames(Jsep).filter((prop) => !stdClassProps.includes(prop) && jsep[prop] === void 0).forEach((m) => {
  jsep[m] = Jsep[m];
});
jsep.Jsep = Jsep;
var CONDITIONAL_EXP = "ConditionalExpression";
var ternary = {
  name: "ternary",
  init(jsep2) {
    jsep2.hooks.add("after-expression", function gobbleTernary(env) {
      if (env.node && this.code === jsep2.QUMARK_CODE) {
        this.index++;
        const test2 = env.node;
        const consequent = this.gobbleExpression();
        if (!consequent) {
          this.throwError("Expected expression");
        }
        this.gobbleSpaces();
        if (this.code === jsep2.COLON_CODE) {
          this.index++;
          const alternate = this.gobbleExpression();
          if (!alternate) {
            this.throwError("Expected expression");
          }
          env.node = {
            type: CONDITIONAL_EXP,
            test: test2,
            consequent,
            alternate
          };
          if (test2.operator && jsep2.binary_ops[test2.operator] <= 0.9) {
            let newTest = test2;
            while (newTest.right.operator && jsep2.binary_ops[newTest.right.operator] <= 0.9) {
              newTest = newTest.right;
            }
            env.node.test = newTest.right;
            newTest.right = env.node;
            env.node = test2;
          }
        } else {
          this.throwError("Expected :");
        }
      }
    });
  }
};
jsep.plugins.register(ternary);
var FSLASH_CODE = 47;
var BSLASH_CODE = 92;
var index = {
  name: "regex",
  init(jsep2) {
    jsep2.hooks.add("gobble-token", function gobbleRegexLiteral(env) {
      if (this.code === FSLASH_CODE) {
        const patternIndex = ++this.index;
        let inCharSet = false;
        while (this.index < this.expr.length) {
          if (this.code === FSLASH_CODE && !inCharSet) {
            const pattern = this.expr.slice(patternIndex, this.index);
            let flags = "";
            while (++this.index < this.expr.length) {
              const code2 = this.code;
              if (code2 >= 97 && code2 <= 122 || code2 >= 65 && code2 <= 90 || code2 >= 48 && code2 <= 57) {
                flags += this.char;
              } else {
                break;
              }
            }
            let value;
            try {
              value = new RegExp(pattern, flags);
            } catch (e) {
              this.throwError(e.message);
            }
            env.node = {
              type: jsep2.LITERAL,
              value,
              raw: this.expr.slice(patternIndex - 1, this.index)
            };
            env.node = this.gobbleTokenProperty(env.node);
            return env.node;
          }
          if (this.code === jsep2.OBRACK_CODE) {
            inCharSet = true;
          } else if (inCharSet && this.code === jsep2.CBRACK_CODE) {
            inCharSet = false;
          }
          this.index += this.code === BSLASH_CODE ? 2 : 1;
        }
        this.throwError("Unclosed Regex");
      }
    });
  }
};
var PLUS_CODE = 43;
var MINUS_CODE = 45;
var plugin = {
  name: "assignment",
  assignmentOperators: /* @__PURE__ */ new Set(["=", "*=", "**=", "/=", "%=", "+=", "-=", "<<=", ">>=", ">>>=", "&=", "^=", "|=", "||=", "&&=", "??="]),
  updateOperators: [PLUS_CODE, MINUS_CODE],
  assignmentPrecedence: 0.9,
  init(jsep2) {
    const updateNodeTypes = [jsep2.IDENTIFIER, jsep2.MEMBER_EXP];
    plugin.assignmentOperators.forEach((op) => jsep2.addBinaryOp(op, plugin.assignmentPrecedence, true));
    jsep2.hooks.add("gobble-token", function gobbleUpdatePrefix(env) {
      const code2 = this.code;
      if (plugin.updateOperators.some((c) => c === code2 && c === this.expr.charCodeAt(this.index + 1))) {
        this.index += 2;
        env.node = {
          type: "UpdateExpression",
          operator: code2 === PLUS_CODE ? "++" : "--",
          argument: this.gobbleTokenProperty(this.gobbleIdentifier()),
          prefix: true
        };
        if (!env.node.argument || !updateNodeTypes.includes(env.node.argument.type)) {
          this.throwError(`Unexpected ${env.node.operator}`);
        }
      }
    });
    jsep2.hooks.add("after-token", function gobbleUpdatePostfix(env) {
      if (env.node) {
        const code2 = this.code;
        if (plugin.updateOperators.some((c) => c === code2 && c === this.expr.charCodeAt(this.index + 1))) {
          if (!updateNodeTypes.includes(env.node.type)) {
            this.throwError(`Unexpected ${env.node.operator}`);
          }
          this.index += 2;
          env.node = {
            type: "UpdateExpression",
            operator: code2 === PLUS_CODE ? "++" : "--",
            argument: env.node,
            prefix: false
          };
        }
      }
    });
    jsep2.hooks.add("after-expression", function gobbleAssignment(env) {
      if (env.node) {
        updateBinariesToAssignments(env.node);
      }
    });
    function updateBinariesToAssignments(node) {
      if (plugin.assignmentOperators.has(node.operator)) {
        node.type = "AssignmentExpression";
        updateBinariesToAssignments(node.left);
        updateBinariesToAssignments(node.right);
      } else if (!node.operator) {
        Object.values(node).forEach((val) => {
          if (val && typeof val === "object") {
            updateBinariesToAssignments(val);
          }
        });
      }
    }
  }
};
jsep.plugins.register(index, plugin);
jsep.addUnaryOp("typeof");
jsep.addUnaryOp("void");
jsep.addLiteral("null", null);
jsep.addLiteral("undefined", void 0);
var BLOCKED_PROTO_PROPERTIES = /* @__PURE__ */ new Set(["constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);
var SafeEval = {
  /**
   * @param {jsep.Expression} ast
   * @param {Record<string, any>} subs
   */
  evalAst(ast, subs) {
    switch (ast.type) {
      case "BinaryExpression":
      case "LogicalExpression":
        return SafeEval.evalBinaryExpression(ast, subs);
      case "Compound":
        return SafeEval.evalCompound(ast, subs);
      case "ConditionalExpression":
        return SafeEval.evalConditionalExpression(ast, subs);
      case "Identifier":
        return SafeEval.evalIdentifier(ast, subs);
      case "Literal":
        return SafeEval.evalLiteral(ast, subs);
      case "MemberExpression":
        return SafeEval.evalMemberExpression(ast, subs);
      case "UnaryExpression":
        return SafeEval.evalUnaryExpression(ast, subs);
      case "ArrayExpression":
        return SafeEval.evalArrayExpression(ast, subs);
      case "CallExpression":
        return SafeEval.evalCallExpression(ast, subs);
      case "AssignmentExpression":
        return SafeEval.evalAssignmentExpression(ast, subs);
      default:
        throw SyntaxError("Unexpected expression", ast);
    }
  },
  evalBinaryExpression(ast, subs) {
    const result2 = {
      "||": (a, b) => a || b(),
      "&&": (a, b) => a && b(),
      "|": (a, b) => a | b(),
      "^": (a, b) => a ^ b(),
      "&": (a, b) => a & b(),
      // eslint-disable-next-line eqeqeq -- API
      "==": (a, b) => a == b(),
      // eslint-disable-next-line eqeqeq -- API
      "!=": (a, b) => a != b(),
      "===": (a, b) => a === b(),
      "!==": (a, b) => a !== b(),
      "<": (a, b) => a < b(),
      ">": (a, b) => a > b(),
      "<=": (a, b) => a <= b(),
      ">=": (a, b) => a >= b(),
      "<<": (a, b) => a << b(),
      ">>": (a, b) => a >> b(),
      ">>>": (a, b) => a >>> b(),
      "+": (a, b) => a + b(),
      "-": (a, b) => a - b(),
      "*": (a, b) => a * b(),
      "/": (a, b) => a / b(),
      "%": (a, b) => a % b()
    }[ast.operator](SafeEval.evalAst(ast.left, subs), () => SafeEval.evalAst(ast.right, subs));
    return result2;
  },
  evalCompound(ast, subs) {
    let last;
    for (let i = 0; i < ast.body.length; i++) {
      if (ast.body[i].type === "Identifier" && ["var", "let", "const"].includes(ast.body[i].name) && ast.body[i + 1] && ast.body[i + 1].type === "AssignmentExpression") {
        i += 1;
      }
      const expr = ast.body[i];
      last = SafeEval.evalAst(expr, subs);
    }
    return last;
  },
  evalConditionalExpression(ast, subs) {
    if (SafeEval.evalAst(ast.test, subs)) {
      return SafeEval.evalAst(ast.consequent, subs);
    }
    return SafeEval.evalAst(ast.alternate, subs);
  },
  evalIdentifier(ast, subs) {
    if (Object.hasOwn(subs, ast.name)) {
      return subs[ast.name];
    }
    throw ReferenceError(`${ast.name} is not defined`);
  },
  evalLiteral(ast) {
    return ast.value;
  },
  evalMemberExpression(ast, subs) {
    const prop = String(
      // NOTE: `String(value)` throws error when
      // value has overwritten the toString method to return non-string
      // i.e. `value = {toString: () => []}`
      ast.computed ? SafeEval.evalAst(ast.property) : ast.property.name
      // `object.property` property is Identifier
    );
    const obj = SafeEval.evalAst(ast.object, subs);
    if (obj === void 0 || obj === null) {
      throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
    }
    if (!Object.hasOwn(obj, prop) && BLOCKED_PROTO_PROPERTIES.has(prop)) {
      throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
    }
    const result2 = obj[prop];
    if (typeof result2 === "function") {
      return result2.bind(obj);
    }
    return result2;
  },
  evalUnaryExpression(ast, subs) {
    const result2 = {
      "-": (a) => -SafeEval.evalAst(a, subs),
      "!": (a) => !SafeEval.evalAst(a, subs),
      "~": (a) => ~SafeEval.evalAst(a, subs),
      // eslint-disable-next-line no-implicit-coercion -- API
      "+": (a) => +SafeEval.evalAst(a, subs),
      typeof: (a) => typeof SafeEval.evalAst(a, subs),
      // eslint-disable-next-line no-void, sonarjs/void-use -- feature
      void: (a) => void SafeEval.evalAst(a, subs)
    }[ast.operator](ast.argument);
    return result2;
  },
  evalArrayExpression(ast, subs) {
    return ast.elements.map((el) => SafeEval.evalAst(el, subs));
  },
  evalCallExpression(ast, subs) {
    const args = ast.arguments.map((arg) => SafeEval.evalAst(arg, subs));
    const func = SafeEval.evalAst(ast.callee, subs);
    if (func === Function) {
      throw new Error("Function constructor is disabled");
    }
    return func(...args);
  },
  evalAssignmentExpression(ast, subs) {
    if (ast.left.type !== "Identifier") {
      throw SyntaxError("Invalid left-hand side in assignment");
    }
    const id = ast.left.name;
    const value = SafeEval.evalAst(ast.right, subs);
    subs[id] = value;
    return subs[id];
  }
};
var SafeScript = class {
  /**
   * @param {string} expr Expression to evaluate
   */
  constructor(expr) {
    this.code = expr;
    this.ast = jsep(this.code);
  }
  /**
   * @param {object} context Object whose items will be added
   *   to evaluation
   * @returns {EvaluatedResult} Result of evaluated code
   */
  runInNewContext(context) {
    const keyMap = Object.assign(/* @__PURE__ */ Object.create(null), context);
    return SafeEval.evalAst(this.ast, keyMap);
  }
};
function push(arr, item) {
  arr = arr.slice();
  arr.push(item);
  return arr;
}
function unshift(item, arr) {
  arr = arr.slice();
  arr.unshift(item);
  return arr;
}
var NewError = class extends Error {
  /**
   * @param {AnyResult} value The evaluated scalar value
   */
  constructor(value) {
    super('JSONPath should not be called with "new" (it prevents return of (unwrapped) scalar values)');
    this.avoidNew = true;
    this.value = value;
    this.name = "NewError";
  }
};
function JSONPath(opts, expr, obj, callback, otherTypeCallback) {
  if (!(this instanceof JSONPath)) {
    try {
      return new JSONPath(opts, expr, obj, callback, otherTypeCallback);
    } catch (e) {
      if (!e.avoidNew) {
        throw e;
      }
      return e.value;
    }
  }
  if (typeof opts === "string") {
    otherTypeCallback = callback;
    callback = obj;
    obj = expr;
    expr = opts;
    opts = null;
  }
  const optObj = opts && typeof opts === "object";
  opts = opts || {};
  this.json = opts.json || obj;
  this.path = opts.path || expr;
  this.resultType = opts.resultType || "value";
  this.flatten = opts.flatten || false;
  this.wrap = Object.hasOwn(opts, "wrap") ? opts.wrap : true;
  this.sandbox = opts.sandbox || {};
  this.eval = opts.eval === void 0 ? "safe" : opts.eval;
  this.ignoreEvalErrors = typeof opts.ignoreEvalErrors === "undefined" ? false : opts.ignoreEvalErrors;
  this.parent = opts.parent || null;
  this.parentProperty = opts.parentProperty || null;
  this.callback = opts.callback || callback || null;
  this.otherTypeCallback = opts.otherTypeCallback || otherTypeCallback || function() {
    throw new TypeError("You must supply an otherTypeCallback callback option with the @other() operator.");
  };
  if (opts.autostart !== false) {
    const args = {
      path: optObj ? opts.path : expr
    };
    if (!optObj) {
      args.json = obj;
    } else if ("json" in opts) {
      args.json = opts.json;
    }
    const ret = this.evaluate(args);
    if (!ret || typeof ret !== "object") {
      throw new NewError(ret);
    }
    return ret;
  }
}
JSONPath.prototype.evaluate = function(expr, json, callback, otherTypeCallback) {
  let currParent = this.parent, currParentProperty = this.parentProperty;
  let {
    flatten,
    wrap
  } = this;
  this.currResultType = this.resultType;
  this.currEval = this.eval;
  this.currSandbox = this.sandbox;
  callback = callback || this.callback;
  this.currOtherTypeCallback = otherTypeCallback || this.otherTypeCallback;
  json = json || this.json;
  expr = expr || this.path;
  if (expr && typeof expr === "object" && !Array.isArray(expr)) {
    if (!expr.path && expr.path !== "") {
      throw new TypeError('You must supply a "path" property when providing an object argument to JSONPath.evaluate().');
    }
    if (!Object.hasOwn(expr, "json")) {
      throw new TypeError('You must supply a "json" property when providing an object argument to JSONPath.evaluate().');
    }
    ({
      json
    } = expr);
    flatten = Object.hasOwn(expr, "flatten") ? expr.flatten : flatten;
    this.currResultType = Object.hasOwn(expr, "resultType") ? expr.resultType : this.currResultType;
    this.currSandbox = Object.hasOwn(expr, "sandbox") ? expr.sandbox : this.currSandbox;
    wrap = Object.hasOwn(expr, "wrap") ? expr.wrap : wrap;
    this.currEval = Object.hasOwn(expr, "eval") ? expr.eval : this.currEval;
    callback = Object.hasOwn(expr, "callback") ? expr.callback : callback;
    this.currOtherTypeCallback = Object.hasOwn(expr, "otherTypeCallback") ? expr.otherTypeCallback : this.currOtherTypeCallback;
    currParent = Object.hasOwn(expr, "parent") ? expr.parent : currParent;
    currParentProperty = Object.hasOwn(expr, "parentProperty") ? expr.parentProperty : currParentProperty;
    expr = expr.path;
  }
  currParent = currParent || null;
  currParentProperty = currParentProperty || null;
  if (Array.isArray(expr)) {
    expr = JSONPath.toPathString(expr);
  }
  if (!expr && expr !== "" || !json) {
    return void 0;
  }
  const exprList = JSONPath.toPathArray(expr);
  if (exprList[0] === "$" && exprList.length > 1) {
    exprList.shift();
  }
  this._hasParentSelector = null;
  const result2 = this._trace(exprList, json, ["$"], currParent, currParentProperty, callback).filter(function(ea) {
    return ea && !ea.isParentSelector;
  });
  if (!result2.length) {
    return wrap ? [] : void 0;
  }
  if (!wrap && result2.length === 1 && !result2[0].hasArrExpr) {
    return this._getPreferredOutput(result2[0]);
  }
  return result2.reduce((rslt, ea) => {
    const valOrPath = this._getPreferredOutput(ea);
    if (flatten && Array.isArray(valOrPath)) {
      rslt = rslt.concat(valOrPath);
    } else {
      rslt.push(valOrPath);
    }
    return rslt;
  }, []);
};
JSONPath.prototype._getPreferredOutput = function(ea) {
  const resultType = this.currResultType;
  switch (resultType) {
    case "all": {
      const path2 = Array.isArray(ea.path) ? ea.path : JSONPath.toPathArray(ea.path);
      ea.pointer = JSONPath.toPointer(path2);
      ea.path = typeof ea.path === "string" ? ea.path : JSONPath.toPathString(ea.path);
      return ea;
    }
    case "value":
    case "parent":
    case "parentProperty":
      return ea[resultType];
    case "path":
      return JSONPath.toPathString(ea[resultType]);
    case "pointer":
      return JSONPath.toPointer(ea.path);
    default:
      throw new TypeError("Unknown result type");
  }
};
JSONPath.prototype._handleCallback = function(fullRetObj, callback, type) {
  if (callback) {
    const preferredOutput = this._getPreferredOutput(fullRetObj);
    fullRetObj.path = typeof fullRetObj.path === "string" ? fullRetObj.path : JSONPath.toPathString(fullRetObj.path);
    callback(preferredOutput, type, fullRetObj);
  }
};
JSONPath.prototype._trace = function(expr, val, path2, parent, parentPropName, callback, hasArrExpr, literalPriority) {
  let retObj;
  if (!expr.length) {
    retObj = {
      path: path2,
      value: val,
      parent,
      parentProperty: parentPropName,
      hasArrExpr
    };
    this._handleCallback(retObj, callback, "value");
    return retObj;
  }
  const loc = expr[0], x = expr.slice(1);
  const ret = [];
  function addRet(elems) {
    if (Array.isArray(elems)) {
      elems.forEach((t) => {
        ret.push(t);
      });
    } else {
      ret.push(elems);
    }
  }
  if ((typeof loc !== "string" || literalPriority) && val && Object.hasOwn(val, loc)) {
    addRet(this._trace(x, val[loc], push(path2, loc), val, loc, callback, hasArrExpr));
  } else if (loc === "*") {
    this._walk(val, (m) => {
      addRet(this._trace(x, val[m], push(path2, m), val, m, callback, true, true));
    });
  } else if (loc === "..") {
    addRet(this._trace(x, val, path2, parent, parentPropName, callback, hasArrExpr));
    this._walk(val, (m) => {
      if (typeof val[m] === "object") {
        addRet(this._trace(expr.slice(), val[m], push(path2, m), val, m, callback, true));
      }
    });
  } else if (loc === "^") {
    this._hasParentSelector = true;
    return {
      path: path2.slice(0, -1),
      expr: x,
      isParentSelector: true
    };
  } else if (loc === "~") {
    retObj = {
      path: push(path2, loc),
      value: parentPropName,
      parent,
      parentProperty: null
    };
    this._handleCallback(retObj, callback, "property");
    return retObj;
  } else if (loc === "$") {
    addRet(this._trace(x, val, path2, null, null, callback, hasArrExpr));
  } else if (/^(-?\d*):(-?\d*):?(\d*)$/u.test(loc)) {
    addRet(this._slice(loc, x, val, path2, parent, parentPropName, callback));
  } else if (loc.indexOf("?(") === 0) {
    if (this.currEval === false) {
      throw new Error("Eval [?(expr)] prevented in JSONPath expression.");
    }
    const safeLoc = loc.replace(/^\?\((.*?)\)$/u, "$1");
    const nested = /@.?([^?]*)[['](\??\(.*?\))(?!.\)\])[\]']/gu.exec(safeLoc);
    if (nested) {
      this._walk(val, (m) => {
        const npath = [nested[2]];
        const nvalue = nested[1] ? val[m][nested[1]] : val[m];
        const filterResults = this._trace(npath, nvalue, path2, parent, parentPropName, callback, true);
        if (filterResults.length > 0) {
          addRet(this._trace(x, val[m], push(path2, m), val, m, callback, true));
        }
      });
    } else {
      this._walk(val, (m) => {
        if (this._eval(safeLoc, val[m], m, path2, parent, parentPropName)) {
          addRet(this._trace(x, val[m], push(path2, m), val, m, callback, true));
        }
      });
    }
  } else if (loc[0] === "(") {
    if (this.currEval === false) {
      throw new Error("Eval [(expr)] prevented in JSONPath expression.");
    }
    addRet(this._trace(unshift(this._eval(loc, val, path2.at(-1), path2.slice(0, -1), parent, parentPropName), x), val, path2, parent, parentPropName, callback, hasArrExpr));
  } else if (loc[0] === "@") {
    let addType = false;
    const valueType = loc.slice(1, -2);
    switch (valueType) {
      case "scalar":
        if (!val || !["object", "function"].includes(typeof val)) {
          addType = true;
        }
        break;
      case "boolean":
      case "string":
      case "undefined":
      case "function":
        if (typeof val === valueType) {
          addType = true;
        }
        break;
      case "integer":
        if (Number.isFinite(val) && !(val % 1)) {
          addType = true;
        }
        break;
      case "number":
        if (Number.isFinite(val)) {
          addType = true;
        }
        break;
      case "nonFinite":
        if (typeof val === "number" && !Number.isFinite(val)) {
          addType = true;
        }
        break;
      case "object":
        if (val && typeof val === valueType) {
          addType = true;
        }
        break;
      case "array":
        if (Array.isArray(val)) {
          addType = true;
        }
        break;
      case "other":
        addType = this.currOtherTypeCallback(val, path2, parent, parentPropName);
        break;
      case "null":
        if (val === null) {
          addType = true;
        }
        break;
      /* c8 ignore next 2 */
      default:
        throw new TypeError("Unknown value type " + valueType);
    }
    if (addType) {
      retObj = {
        path: path2,
        value: val,
        parent,
        parentProperty: parentPropName
      };
      this._handleCallback(retObj, callback, "value");
      return retObj;
    }
  } else if (loc[0] === "`" && val && Object.hasOwn(val, loc.slice(1))) {
    const locProp = loc.slice(1);
    addRet(this._trace(x, val[locProp], push(path2, locProp), val, locProp, callback, hasArrExpr, true));
  } else if (loc.includes(",")) {
    const parts = loc.split(",");
    for (const part of parts) {
      addRet(this._trace(unshift(part, x), val, path2, parent, parentPropName, callback, true));
    }
  } else if (!literalPriority && val && Object.hasOwn(val, loc)) {
    addRet(this._trace(x, val[loc], push(path2, loc), val, loc, callback, hasArrExpr, true));
  }
  if (this._hasParentSelector) {
    for (let t = 0; t < ret.length; t++) {
      const rett = ret[t];
      if (rett && rett.isParentSelector) {
        const tmp = this._trace(rett.expr, val, rett.path, parent, parentPropName, callback, hasArrExpr);
        if (Array.isArray(tmp)) {
          ret[t] = tmp[0];
          const tl = tmp.length;
          for (let tt = 1; tt < tl; tt++) {
            t++;
            ret.splice(t, 0, tmp[tt]);
          }
        } else {
          ret[t] = tmp;
        }
      }
    }
  }
  return ret;
};
JSONPath.prototype._walk = function(val, f) {
  if (Array.isArray(val)) {
    const n = val.length;
    for (let i = 0; i < n; i++) {
      f(i);
    }
  } else if (val && typeof val === "object") {
    Object.keys(val).forEach((m) => {
      f(m);
    });
  }
};
JSONPath.prototype._slice = function(loc, expr, val, path2, parent, parentPropName, callback) {
  if (!Array.isArray(val)) {
    return void 0;
  }
  const len = val.length, parts = loc.split(":"), step = parts[2] && Number.parseInt(parts[2]) || 1;
  let start = parts[0] && Number.parseInt(parts[0]) || 0, end = parts[1] && Number.parseInt(parts[1]) || len;
  start = start < 0 ? Math.max(0, start + len) : Math.min(len, start);
  end = end < 0 ? Math.max(0, end + len) : Math.min(len, end);
  const ret = [];
  for (let i = start; i < end; i += step) {
    const tmp = this._trace(unshift(i, expr), val, path2, parent, parentPropName, callback, true);
    tmp.forEach((t) => {
      ret.push(t);
    });
  }
  return ret;
};
JSONPath.prototype._eval = function(code2, _v, _vname, path2, parent, parentPropName) {
  this.currSandbox._$_parentProperty = parentPropName;
  this.currSandbox._$_parent = parent;
  this.currSandbox._$_property = _vname;
  this.currSandbox._$_root = this.json;
  this.currSandbox._$_v = _v;
  const containsPath = code2.includes("@path");
  if (containsPath) {
    this.currSandbox._$_path = JSONPath.toPathString(path2.concat([_vname]));
  }
  const scriptCacheKey = this.currEval + "Script:" + code2;
  if (!JSONPath.cache[scriptCacheKey]) {
    let script = code2.replaceAll("@parentProperty", "_$_parentProperty").replaceAll("@parent", "_$_parent").replaceAll("@property", "_$_property").replaceAll("@root", "_$_root").replaceAll(/@([.\s)[])/gu, "_$_v$1");
    if (containsPath) {
      script = script.replaceAll("@path", "_$_path");
    }
    if (this.currEval === "safe" || this.currEval === true || this.currEval === void 0) {
      JSONPath.cache[scriptCacheKey] = new this.safeVm.Script(script);
    } else if (this.currEval === "native") {
      JSONPath.cache[scriptCacheKey] = new this.vm.Script(script);
    } else if (typeof this.currEval === "function" && this.currEval.prototype && Object.hasOwn(this.currEval.prototype, "runInNewContext")) {
      const CurrEval = this.currEval;
      JSONPath.cache[scriptCacheKey] = new CurrEval(script);
    } else if (typeof this.currEval === "function") {
      JSONPath.cache[scriptCacheKey] = {
        runInNewContext: (context) => this.currEval(script, context)
      };
    } else {
      throw new TypeError(`Unknown "eval" property "${this.currEval}"`);
    }
  }
  try {
    return JSONPath.cache[scriptCacheKey].runInNewContext(this.currSandbox);
  } catch (e) {
    if (this.ignoreEvalErrors) {
      return false;
    }
    throw new Error("jsonPath: " + e.message + ": " + code2);
  }
};
JSONPath.cache = {};
JSONPath.toPathString = function(pathArr) {
  const x = pathArr, n = x.length;
  let p = "$";
  for (let i = 1; i < n; i++) {
    if (!/^(~|\^|@.*?\(\))$/u.test(x[i])) {
      p += /^[0-9*]+$/u.test(x[i]) ? "[" + x[i] + "]" : "['" + x[i] + "']";
    }
  }
  return p;
};
JSONPath.toPointer = function(pointer) {
  const x = pointer, n = x.length;
  let p = "";
  for (let i = 1; i < n; i++) {
    if (!/^(~|\^|@.*?\(\))$/u.test(x[i])) {
      p += "/" + x[i].toString().replaceAll("~", "~0").replaceAll("/", "~1");
    }
  }
  return p;
};
JSONPath.toPathArray = function(expr) {
  const {
    cache: cache3
  } = JSONPath;
  if (cache3[expr]) {
    return cache3[expr].concat();
  }
  const subx = [];
  const normalized = expr.replaceAll(/@(?:null|boolean|number|string|integer|undefined|nonFinite|scalar|array|object|function|other)\(\)/gu, ";$&;").replaceAll(/[['](\??\(.*?\))[\]'](?!.\])/gu, function($0, $1) {
    return "[#" + (subx.push($1) - 1) + "]";
  }).replaceAll(/\[['"]([^'\]]*)['"]\]/gu, function($0, prop) {
    return "['" + prop.replaceAll(".", "%@%").replaceAll("~", "%%@@%%") + "']";
  }).replaceAll("~", ";~;").replaceAll(/['"]?\.['"]?(?![^[]*\])|\[['"]?/gu, ";").replaceAll("%@%", ".").replaceAll("%%@@%%", "~").replaceAll(/(?:;)?(\^+)(?:;)?/gu, function($0, ups) {
    return ";" + ups.split("").join(";") + ";";
  }).replaceAll(/;;;|;;/gu, ";..;").replaceAll(/;$|'?\]|'$/gu, "");
  const exprList = normalized.split(";").map(function(exp) {
    const match2 = exp.match(/#(\d+)/u);
    return !match2 || !match2[1] ? exp : subx[match2[1]];
  });
  cache3[expr] = exprList;
  return cache3[expr].concat();
};
JSONPath.prototype.safeVm = {
  Script: SafeScript
};
JSONPath.prototype.vm = import_vm.default;

// src/model/network.ts
function normalizeProtocol(p) {
  if (typeof p !== "string" && typeof p !== "number") return null;
  const s = String(p).trim().toLowerCase();
  if (s === "-1" || s === "all") return "all";
  if (s === "tcp" || s === "6") return "tcp";
  if (s === "udp" || s === "17") return "udp";
  if (s === "icmp" || s === "1") return "icmp";
  if (s === "icmpv6" || s === "58") return "icmpv6";
  return /^\d{1,3}$/.test(s) && Number(s) <= 255 ? "other" : null;
}
function parseCidr(text) {
  const m = /^\s*([^/\s]+)\/(\d{1,3})\s*$/.exec(text);
  if (!m) return null;
  const prefix2 = Number(m[2]);
  const addr = m[1];
  if (addr.includes(":")) {
    if (prefix2 > 128) return null;
    const bits2 = parseIpv6(addr);
    return bits2 === null ? null : { version: 6, prefix: prefix2, bits: bits2 };
  }
  if (prefix2 > 32) return null;
  const octets = addr.split(".");
  if (octets.length !== 4 || !octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)) return null;
  const bits = octets.reduce((acc, o) => acc << 8n | BigInt(Number(o)), 0n);
  return { version: 4, prefix: prefix2, bits };
}
function parseIpv6(addr) {
  const halves = addr.split("::");
  if (halves.length > 2) return null;
  const groups = (s) => s === "" ? [] : s.split(":");
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 && missing !== 0 || missing < 0) return null;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return all.reduce((acc, g) => acc << 16n | BigInt(parseInt(g, 16)), 0n);
}
function cidrIsWorld(text) {
  const c = parseCidr(text);
  if (!c) return false;
  return c.version === 4 ? c.prefix <= 7 : c.prefix <= 15;
}
function cidrIsBroad(text) {
  const c = parseCidr(text);
  if (!c || cidrIsWorld(text)) return false;
  return c.version === 4 ? c.prefix < 16 : c.prefix < 48;
}
var PRIVATE_V4 = [
  [10, 0, 8],
  [172, 16, 12],
  [192, 168, 16],
  [100, 64, 10],
  [127, 0, 8]
];
function cidrIsPrivate(text) {
  const c = parseCidr(text);
  if (!c) return false;
  if (c.version === 6) {
    const top = Number(c.bits >> 120n);
    return c.prefix >= 7 && ((top & 254) === 252 || (Number(c.bits >> 118n) & 1023) === 1018);
  }
  const a = Number(c.bits >> 24n) & 255;
  const b = Number(c.bits >> 16n) & 255;
  return PRIVATE_V4.some(([x, y, len]) => {
    if (c.prefix < len) return false;
    if (len === 8) return a === x;
    if (len === 12) return a === x && (b & 240) === y;
    if (len === 10) return a === x && (b & 192) === y;
    return a === x && b === y;
  });
}
var ALL_PORTS = { from: 0, to: 65535 };
function toPort(v) {
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  if (typeof v === "string" && /^\s*-?\d{1,6}\s*$/.test(v)) return Number(v);
  return null;
}
function portRangeIncludes(v, port) {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v;
    const from = toPort(o["FromPort"]);
    const to = toPort(o["ToPort"]);
    if (from === null || to === null) return false;
    if (from === -1 || to === -1) return true;
    return from <= port && port <= to;
  }
  const p = toPort(v);
  return p !== null && (p === -1 || p === port);
}
function rangesOverlap(a, b) {
  return a.from <= b.to && b.from <= a.to;
}

// src/model/walk.ts
var DEFAULT_MAX_CHARS = 1e6;
function boundedStringify(v, maxChars = DEFAULT_MAX_CHARS) {
  const parts = [];
  let size = 0;
  const push2 = (s) => {
    parts.push(s);
    size += s.length;
    return size <= maxChars;
  };
  const go = (x, depth) => {
    if (depth > 200) return false;
    if (x === null || x === void 0 || typeof x === "symbol") return push2("null");
    if (typeof x === "string") return push2(JSON.stringify(x));
    if (typeof x === "number" || typeof x === "boolean") return push2(String(x));
    if (Array.isArray(x)) {
      if (!push2("[")) return false;
      for (let i = 0; i < x.length; i++) if (i && !push2(",") || !go(x[i], depth + 1)) return false;
      return push2("]");
    }
    if (typeof x === "object") {
      if (!push2("{")) return false;
      let first2 = true;
      for (const [k, val] of Object.entries(x)) {
        if (!first2 && !push2(",") || !push2(JSON.stringify(k) + ":") || !go(val, depth + 1)) return false;
        first2 = false;
      }
      return push2("}");
    }
    return push2("null");
  };
  return go(v, 0) ? parts.join("") : null;
}

// src/rules/engine.ts
var RuleCompileError = class extends Error {
};
function compileRules(specs, checks) {
  return specs.map((spec) => compileRule(spec, checks));
}
function compileRule(spec, checks) {
  const emit = (graph, resource, out, r) => {
    out.push({
      ruleId: spec.id,
      risk: spec.risk,
      outcome: r.outcome ?? "fail",
      logicalId: resource.logicalId,
      resourceType: resource.type,
      path: r.path,
      data: r.data ?? {},
      conditions: r.conditions ?? []
    });
  };
  switch (spec.kind) {
    case "check": {
      const fn = checks[spec.check ?? ""];
      if (!fn) throw new RuleCompileError(`rule ${spec.id}: no built-in check named \`${spec.check}\``);
      const options = spec.options ?? {};
      return {
        spec,
        run(graph, resource, out) {
          fn({ graph, resource, rule: spec, options, report: (r) => emit(graph, resource, out, r) });
        }
      };
    }
    case "path": {
      const given = spec.given;
      const assertion = spec.assert;
      const regexes = /* @__PURE__ */ new Map();
      return {
        spec,
        run(graph, resource, out) {
          const entry = resourceEntry(graph, resource);
          const hits = selectPointers(given, entry);
          if (hits.length === 0) {
            if (spec.absent === "fail") emit(graph, resource, out, { path: [...resource.path, "Properties"], data: { property: given.replace(/^\$\.?/, "") } });
            return;
          }
          for (const hit of hits) {
            const verdict = judge(graph.resolver.resolve(hit.value), (v) => test(assertion, v, regexes));
            if (verdict === null) {
              if (spec.absent === "fail" && graph.resolver.resolve(hit.value).every((r) => r.known && r.value === NO_VALUE))
                emit(graph, resource, out, { path: [...resource.path, ...hit.path], data: {} });
              continue;
            }
            emit(graph, resource, out, { path: [...resource.path, ...hit.path], data: verdict.data, outcome: verdict.outcome, conditions: verdict.conditions });
          }
        }
      };
    }
    case "regex": {
      const re = new RegExp(spec.pattern, spec.flags ?? "");
      return {
        spec,
        run(graph, resource, out) {
          if (spec.typeContains && !resource.type.includes(spec.typeContains)) return;
          const entry = resourceEntry(graph, resource);
          if (!spec.given) {
            const text = boundedStringify(entry);
            if (text === null) emit(graph, resource, out, { path: resource.path, outcome: "unknown", data: { unknownReason: "the resource is too large to match as text" } });
            else if (re.test(text)) emit(graph, resource, out, { path: resource.path, data: {} });
            return;
          }
          for (const hit of selectPointers(spec.given, entry)) {
            if (typeof hit.value === "string" && re.test(hit.value)) emit(graph, resource, out, { path: [...resource.path, ...hit.path], data: { value: hit.value.slice(0, 80) } });
          }
        }
      };
    }
  }
}
function resourceEntry(graph, resource) {
  const resources = graph.template.body["Resources"];
  return resources[resource.logicalId];
}
function selectPointers(given, json) {
  if (json === null || typeof json !== "object") return [];
  const results = JSONPath({ path: given, json, resultType: "all", eval: false, wrap: true });
  return results.map((r) => ({ path: pointerToPath(r.pointer), value: r.value }));
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s);
}
function judge(alternatives, fails) {
  let unknownAlt = null;
  for (const alt of alternatives) {
    if (!alt.known) {
      unknownAlt ??= alt;
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    if (fails(alt.value)) return { outcome: "fail", conditions: alt.conditions, data: { value: shortValue(alt.value) } };
  }
  if (unknownAlt && !unknownAlt.known) return { outcome: "unknown", conditions: unknownAlt.conditions, data: { unknownReason: unknownAlt.reason } };
  return null;
}
function shortValue(v) {
  const s = typeof v === "string" ? v : boundedStringify(v) ?? "\u2026";
  return s.length > 80 ? `${s.slice(0, 77)}\u2026` : s;
}
function test(a, v, regexes) {
  return !holds(a, v, regexes);
}
function holds(a, v, regexes) {
  const re = (p) => {
    let r = regexes.get(p);
    if (!r) regexes.set(p, r = new RegExp(p));
    return r;
  };
  if ("equals" in a) return looseEquals(v, a.equals);
  if ("notEquals" in a) return !looseEquals(v, a.notEquals);
  if ("in" in a) return a.in.some((x) => looseEquals(v, x));
  if ("notIn" in a) return !a.notIn.some((x) => looseEquals(v, x));
  if ("matches" in a) return typeof v === "string" && re(a.matches).test(v);
  if ("notMatches" in a) return !(typeof v === "string" && re(a.notMatches).test(v));
  if ("exists" in a) return (v !== void 0 && v !== null) === a.exists;
  if ("cidrIsWorld" in a) return typeof v === "string" && cidrIsWorld(v) === a.cidrIsWorld;
  if ("portRangeIncludes" in a) return portRangeIncludes(v, a.portRangeIncludes);
  if ("all" in a) return a.all.every((x) => holds(x, v, regexes));
  if ("any" in a) return a.any.some((x) => holds(x, v, regexes));
  return !holds(a.not, v, regexes);
}
function looseEquals(a, b) {
  if (a === b) return true;
  const scalar = (x) => typeof x === "string" || typeof x === "number" || typeof x === "boolean";
  if (scalar(a) && scalar(b)) return String(a).toLowerCase() === String(b).toLowerCase();
  return false;
}
var RuleIndex = class {
  constructor(rules) {
    this.rules = rules;
    for (const r of rules) {
      for (const t of r.spec.resourceTypes) {
        if (t === "*") this.wildcard.push(r);
        else {
          const list = this.byType.get(t);
          if (list) list.push(r);
          else this.byType.set(t, [r]);
        }
      }
    }
  }
  rules;
  byType = /* @__PURE__ */ new Map();
  wildcard = [];
  forType(type) {
    const specific = this.byType.get(type);
    if (!specific) return this.wildcard;
    return this.wildcard.length ? [...specific, ...this.wildcard] : specific;
  }
};
function evaluate(graph, index2) {
  const out = [];
  for (const resource of graph.resources.values()) {
    for (const rule of index2.forType(resource.type)) {
      try {
        rule.run(graph, resource, out);
      } catch (e) {
        out.push({
          ruleId: rule.spec.id,
          risk: rule.spec.risk,
          outcome: "unknown",
          logicalId: resource.logicalId,
          resourceType: resource.type,
          path: resource.path,
          data: { unknownReason: `the rule could not evaluate this resource (${e instanceof Error ? e.message : String(e)})` },
          conditions: []
        });
      }
    }
  }
  return out;
}

// src/rules/checks/security-groups.ts
var INLINE = { ingress: "SecurityGroupIngress", egress: "SecurityGroupEgress" };
var STANDALONE = { ingress: "AWS::EC2::SecurityGroupIngress", egress: "AWS::EC2::SecurityGroupEgress" };
var MAX_COMBOS = 64;
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function networkRules(resource, resolver, direction) {
  const out = [];
  if (resource.type === "AWS::EC2::SecurityGroup") {
    const rawList = resource.properties[INLINE[direction]];
    for (const listAlt of resolver.resolve(rawList)) {
      const listPath = [...resource.path, "Properties", INLINE[direction], ...branchPath(rawList, listAlt.conditions)];
      if (!listAlt.known) {
        out.push(unknownRule(listPath, listAlt.reason, listAlt.conditions));
        continue;
      }
      if (listAlt.value === NO_VALUE || listAlt.value === void 0 || listAlt.value === null) continue;
      const items2 = Array.isArray(listAlt.value) ? listAlt.value : [listAlt.value];
      items2.forEach((item, i) => {
        for (const alt of resolver.resolve(item)) {
          const itemPath = [...listPath, ...Array.isArray(listAlt.value) ? [i] : [], ...branchPath(item, alt.conditions)];
          const conditions = [...listAlt.conditions, ...alt.conditions];
          if (!alt.known) out.push(unknownRule(itemPath, alt.reason, conditions));
          else if (isObj(alt.value)) out.push(...expandEntry(alt.value, itemPath, resolver, conditions));
        }
      });
    }
  } else if (resource.type === STANDALONE[direction]) {
    out.push(...expandEntry(resource.properties, [...resource.path, "Properties"], resolver, []));
  }
  return out;
}
function branchPath(v, conditions, depth = 0) {
  if (depth > 16 || !isObj(v) || Object.keys(v).length !== 1) return [];
  const args = v["Fn::If"];
  if (!Array.isArray(args) || args.length !== 3) return [];
  const taken = conditions.find((c) => c.condition === args[0]);
  if (!taken) return [];
  const i = taken.branch ? 1 : 2;
  return ["Fn::If", i, ...branchPath(args[i], conditions, depth + 1)];
}
function unknownRule(entryPath, reason, conditions) {
  return { entryPath, cidr: null, cidrField: null, protocol: null, range: null, description: null, conditions, unknownReason: reason };
}
var ABSENT = { known: true, value: void 0, conditions: [] };
function cidrAlternatives(entry, resolver) {
  const out = [];
  for (const field of ["CidrIp", "CidrIpv6"]) {
    if (!(field in entry)) continue;
    for (const alt of resolver.resolve(entry[field])) if (!(alt.known && alt.value === NO_VALUE)) out.push({ field, alt });
  }
  return out.length > 0 ? out : [{ field: null, alt: { known: true, value: null, conditions: [] } }];
}
function portPairs(entry, field) {
  const from = field("FromPort");
  const same = "FromPort" in entry && "ToPort" in entry && from.length > 1 && sameExpression(entry["FromPort"], entry["ToPort"]);
  if (same) return from.map((f) => [f, f]);
  const to = field("ToPort");
  return from.flatMap((f) => to.map((t) => [f, t]));
}
function sameExpression(a, b) {
  const x = boundedStringify(a, 1e4);
  return x !== null && x === boundedStringify(b, 1e4);
}
function hasDescription(v) {
  return typeof v === "string" ? v.trim() !== "" : v !== void 0 && v !== null;
}
function expandEntry(entry, entryPath, resolver, base) {
  const field = (k) => k in entry ? resolver.resolve(entry[k]) : [ABSENT];
  const combos = [];
  const description = hasDescription(entry["Description"]);
  const pairs = portPairs(entry, field);
  for (const { field: cidrField, alt: c } of cidrAlternatives(entry, resolver))
    for (const p of field("IpProtocol"))
      for (const [f, t] of pairs) {
        const conditions = merge([base, c.conditions, p.conditions, f.conditions, t.conditions]);
        if (conditions === null) continue;
        const unknown2 = [c, p, f, t].find((r) => !r.known);
        const val = (r) => r.known && r.value !== NO_VALUE ? r.value : void 0;
        const protocol = normalizeProtocol(val(p));
        const cidr = c.known && typeof c.value === "string" ? c.value : null;
        combos.push({
          entryPath,
          cidr,
          cidrField,
          protocol,
          range: unknown2 && unknown2 !== c ? null : portRange(protocol, val(f), val(t)),
          description,
          conditions,
          unknownReason: unknown2 && !unknown2.known ? unknown2.reason : null
        });
        if (combos.length >= MAX_COMBOS) return combos;
      }
  return combos;
}
function portRange(protocol, from, to) {
  if (protocol === "all" || protocol === "other") return ALL_PORTS;
  if (protocol === "icmp" || protocol === "icmpv6") return null;
  if (from === void 0 && to === void 0) return ALL_PORTS;
  const f = toPort(from);
  const t = toPort(to ?? from);
  if (f === null || t === null) return null;
  if (f === -1 || t === -1) return ALL_PORTS;
  if (f < 0 || t > 65535 || f > t) return null;
  return { from: f, to: t };
}
function merge(lists) {
  const out = [];
  for (const list of lists)
    for (const c of list) {
      const same = out.find((x) => x.condition === c.condition);
      if (!same) out.push(c);
      else if (same.branch !== c.branch) return null;
    }
  return out;
}
var toRange = (p) => typeof p === "number" ? { from: p, to: p } : { from: p[0], to: p[1] };
function isAllTraffic(r) {
  if (r.protocol === "all" || r.protocol === "other") return true;
  return (r.protocol === "tcp" || r.protocol === "udp") && r.range !== null && r.range.from <= 1 && r.range.to >= 65535;
}
function coversPorts(r, ports, protocols) {
  if (r.protocol === "all" || r.protocol === "other") return true;
  if (r.protocol === null) return null;
  if (!protocols.includes(r.protocol)) return false;
  if (r.range === null) return null;
  return ports.some((p) => rangesOverlap(p, r.range));
}
function sourceMatches(r, source) {
  if (r.cidrField === null && r.unknownReason === null) return source === "any" || source === "nonWorld";
  if (r.cidr === null) return null;
  switch (source) {
    case "world":
      return cidrIsWorld(r.cidr);
    case "nonWorld":
      return !cidrIsWorld(r.cidr);
    case "broad":
      return cidrIsBroad(r.cidr);
    case "public":
      return !cidrIsPrivate(r.cidr);
    case "any":
      return true;
  }
}
var and = (a, b) => a === false || b === false ? false : a === null || b === null ? null : true;
function predicate(options) {
  const ports = (options["ports"] ?? []).map(toRange);
  const protocols = options["protocols"] ?? ["tcp"];
  const exclude = (options["excludePorts"] ?? []).map(toRange);
  const excludeUdp = options["excludeUdpPorts"] === void 0 ? exclude : options["excludeUdpPorts"].map(toRange);
  const source = options["source"] ?? "world";
  const match2 = String(options["match"] ?? "ports");
  const portsKnown = (r) => r.protocol === null || r.range === null && r.protocol !== "icmp" && r.protocol !== "icmpv6" ? null : true;
  let test2;
  switch (match2) {
    case "ports":
      test2 = (r) => coversPorts(r, ports, protocols);
      break;
    case "allTraffic":
      test2 = (r) => r.protocol === null ? null : isAllTraffic(r) || (r.range === null && r.protocol !== "icmp" && r.protocol !== "icmpv6" ? null : false);
      break;
    case "otherWorld":
      test2 = (r) => {
        if (r.protocol === null) return null;
        if (isAllTraffic(r)) return false;
        if (r.protocol === "icmp" || r.protocol === "icmpv6") return true;
        if (r.range === null) return null;
        return !(r.protocol === "udp" ? excludeUdp : exclude).some((p) => rangesOverlap(p, r.range));
      };
      break;
    case "allProtocols":
      test2 = (r) => r.protocol === null ? null : r.protocol === "all";
      break;
    case "portRange":
      test2 = (r) => r.protocol === null ? null : (r.protocol === "tcp" || r.protocol === "udp") && r.range !== null ? r.range.from !== r.range.to : r.range === null && r.protocol !== "icmp" && r.protocol !== "icmpv6" ? null : false;
      break;
    case "any":
      test2 = (r) => portsKnown(r) ?? true;
      break;
    default:
      throw new Error(`unknown security-group match \`${match2}\``);
  }
  return (r) => and(sourceMatches(r, source), test2(r));
}
function dataOf(r) {
  const d = {};
  if (r.cidr !== null) d["cidr"] = r.cidr;
  if (r.protocol !== null) d["protocol"] = r.protocol === "all" ? "all protocols" : r.protocol;
  if (r.range) d["ports"] = r.range.from === r.range.to ? String(r.range.from) : `${r.range.from}-${r.range.to}`;
  return d;
}
function reportFirst(ctx, rules, test2) {
  let undecided = null;
  let count = 0;
  let first2 = null;
  const seen = /* @__PURE__ */ new Set();
  for (const r of rules) {
    const v = r.unknownReason !== null && test2({ ...r }) !== false ? null : test2(r);
    if (v === true) {
      const key = r.entryPath.join("/");
      if (!seen.has(key)) {
        seen.add(key);
        count++;
      }
      first2 ??= r;
    } else if (v === null) undecided ??= r;
  }
  if (first2) {
    const path2 = first2.cidrField ? [...first2.entryPath, first2.cidrField] : first2.entryPath;
    ctx.report({ path: path2, data: { ...dataOf(first2), count }, conditions: first2.conditions });
  } else if (undecided) {
    const path2 = undecided.cidrField ? [...undecided.entryPath, undecided.cidrField] : undecided.entryPath;
    ctx.report({ path: path2, outcome: "unknown", data: { ...dataOf(undecided), unknownReason: undecided.unknownReason ?? "a value could not be resolved" }, conditions: undecided.conditions });
  }
}
var securityGroupRule = (ctx) => {
  const direction = ctx.options["direction"] ?? "ingress";
  if (ctx.options["match"] === "noDescription") {
    for (const dir of ["ingress", "egress"]) {
      const bad = networkRules(ctx.resource, ctx.graph.resolver, dir).find((r) => r.description === false);
      if (bad) {
        ctx.report({ path: bad.entryPath, data: { direction: dir } });
        return;
      }
    }
    return;
  }
  reportFirst(ctx, networkRules(ctx.resource, ctx.graph.resolver, direction), predicate(ctx.options));
};
var securityGroupMissingEgress = (ctx) => {
  const { resource, graph } = ctx;
  if (resource.properties["SecurityGroupEgress"] !== void 0) return;
  const targeted = graph.referencesTo(resource.logicalId).some((e) => graph.resources.get(e.from)?.type === "AWS::EC2::SecurityGroupEgress" && e.path.includes("GroupId"));
  if (!targeted) ctx.report({ path: [...resource.path, "Properties"], data: {} });
};
var PRIVATE_CONSUMERS = {
  "AWS::RDS::DBInstance": ["VPCSecurityGroups"],
  "AWS::RDS::DBCluster": ["VpcSecurityGroupIds"],
  "AWS::Redshift::Cluster": ["VpcSecurityGroupIds"],
  "AWS::ElastiCache::CacheCluster": ["VpcSecurityGroupIds"],
  "AWS::ElastiCache::ReplicationGroup": ["SecurityGroupIds"],
  "AWS::EFS::MountTarget": ["SecurityGroups"],
  "AWS::ElasticLoadBalancingV2::LoadBalancer": ["SecurityGroups"],
  "AWS::DocDB::DBCluster": ["VpcSecurityGroupIds"],
  "AWS::Neptune::DBCluster": ["VpcSecurityGroupIds"]
};
var publicIngressOnPrivateResource = (ctx) => {
  const { resource, graph } = ctx;
  const consumers = graph.referencesTo(resource.logicalId).filter((e) => {
    const c = graph.resources.get(e.from);
    if (!c) return false;
    const props2 = PRIVATE_CONSUMERS[c.type];
    if (!props2 || !props2.some((p) => e.path.includes(p))) return false;
    if (c.type === "AWS::ElasticLoadBalancingV2::LoadBalancer") return c.properties["Scheme"] === "internal";
    return true;
  });
  if (consumers.length === 0) return;
  const byId = (a, b) => a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : 0;
  const rules = [
    ...networkRules(resource, graph.resolver, "ingress"),
    ...[...graph.resources.values()].filter((r) => r.type === "AWS::EC2::SecurityGroupIngress" && refersTo(r.properties["GroupId"], resource.logicalId)).sort(byId).flatMap((r) => networkRules(r, graph.resolver, "ingress"))
  ];
  const first2 = rules.find((r) => r.cidr !== null && !cidrIsPrivate(r.cidr) && !cidrIsWorld(r.cidr));
  if (first2) {
    const consumer = consumers.map((e) => e.from).sort()[0];
    ctx.report({ path: first2.cidrField ? [...first2.entryPath, first2.cidrField] : first2.entryPath, data: { cidr: first2.cidr, consumer }, conditions: first2.conditions });
  }
};
function refersTo(v, logicalId) {
  if (!isObj(v)) return false;
  if (v["Ref"] === logicalId) return true;
  const ga = v["Fn::GetAtt"];
  return Array.isArray(ga) && ga[0] === logicalId || typeof ga === "string" && ga.split(".")[0] === logicalId;
}
var networkAclAllowAll = (ctx) => {
  const p = ctx.resource.properties;
  const r = ctx.graph.resolver;
  const alts = (k) => r.resolve(p[k]);
  if (alts("Egress").some((a) => a.known && (a.value === true || a.value === "true"))) return;
  if (!alts("RuleAction").some((a) => a.known && String(a.value).toLowerCase() === "allow")) return;
  const cidrKey = p["CidrBlock"] !== void 0 ? "CidrBlock" : "Ipv6CidrBlock";
  const cidrs = alts(cidrKey);
  const world = cidrs.find((a) => a.known && typeof a.value === "string" && cidrIsWorld(a.value));
  if (!world) {
    const u = cidrs.find((a) => !a.known);
    if (u && !u.known) ctx.report({ path: [...ctx.resource.path, "Properties", cidrKey], outcome: "unknown", data: { unknownReason: u.reason } });
    return;
  }
  const proto = alts("Protocol").map((a) => a.known ? normalizeProtocol(a.value) : null);
  const range2 = p["PortRange"];
  const full = isObj(range2) && toPort(range2["From"]) !== null && toPort(range2["From"]) <= 1 && toPort(range2["To"]) === 65535;
  if (proto.some((x) => x === "all" || x === "other") || proto.some((x) => x === "tcp" || x === "udp") && (full || range2 === void 0)) {
    ctx.report({ path: [...ctx.resource.path, "Properties", cidrKey], data: { cidr: String(world.known ? world.value : "") }, conditions: world.conditions });
  }
};
var securityGroupChecks = {
  securityGroupRule,
  securityGroupMissingEgress,
  publicIngressOnPrivateResource,
  networkAclAllowAll
};

// src/model/iam.ts
var isObj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var IDENTITY_DOC_TYPES = /* @__PURE__ */ new Set([
  "AWS::IAM::Policy",
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::RolePolicy",
  "AWS::IAM::UserPolicy",
  "AWS::IAM::GroupPolicy"
]);
var INLINE_POLICY_TYPES = /* @__PURE__ */ new Set(["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"]);
var RESOURCE_DOC_PROPERTY = {
  "AWS::S3::BucketPolicy": "PolicyDocument",
  "AWS::SQS::QueuePolicy": "PolicyDocument",
  "AWS::SQS::QueueInlinePolicy": "PolicyDocument",
  "AWS::SNS::TopicPolicy": "PolicyDocument",
  "AWS::SNS::TopicInlinePolicy": "PolicyDocument",
  "AWS::KMS::Key": "KeyPolicy",
  "AWS::KMS::ReplicaKey": "KeyPolicy",
  "AWS::ECR::Repository": "RepositoryPolicyText",
  "AWS::OpenSearchService::Domain": "AccessPolicies",
  "AWS::Elasticsearch::Domain": "AccessPolicies",
  "AWS::Events::EventBus": "Policy"
};
function policyDocuments(resource, resolver) {
  const props2 = resource.properties;
  const base = [...resource.path, "Properties"];
  const out = [];
  const type = resource.type;
  if (IDENTITY_DOC_TYPES.has(type)) {
    if (props2["PolicyDocument"] !== void 0) out.push({ kind: "identity", value: props2["PolicyDocument"], path: [...base, "PolicyDocument"], conditions: [] });
  } else if (INLINE_POLICY_TYPES.has(type)) {
    if (type === "AWS::IAM::Role" && props2["AssumeRolePolicyDocument"] !== void 0)
      out.push({ kind: "trust", value: props2["AssumeRolePolicyDocument"], path: [...base, "AssumeRolePolicyDocument"], conditions: [] });
    forEachListItem(props2["Policies"], [...base, "Policies"], resolver, (item, path2, conditions) => {
      if (isObj2(item) && item["PolicyDocument"] !== void 0) out.push({ kind: "identity", value: item["PolicyDocument"], path: [...path2, "PolicyDocument"], conditions });
    });
  } else if (type === "AWS::Serverless::Function" || type === "AWS::Serverless::StateMachine") {
    const policies = props2["Policies"];
    const visit2 = (item, path2, conditions) => {
      if (isObj2(item) && item["Statement"] !== void 0) out.push({ kind: "identity", value: item, path: path2, conditions });
    };
    if (Array.isArray(policies) || isObj2(policies) && policies["Statement"] === void 0) forEachListItem(policies, [...base, "Policies"], resolver, visit2);
    else if (policies !== void 0) visit2(policies, [...base, "Policies"], []);
  } else if (type === "AWS::Events::EventBusPolicy") {
    if (props2["Statement"] !== void 0) out.push({ kind: "resource", value: { Statement: props2["Statement"] }, path: [...base], conditions: [] });
    else if (props2["Principal"] !== void 0) {
      const cond2 = props2["Condition"];
      const condition = isObj2(cond2) && typeof cond2["Key"] === "string" ? { [String(cond2["Type"] ?? "StringEquals")]: { [cond2["Key"]]: cond2["Value"] } } : void 0;
      out.push({
        kind: "resource",
        value: { Statement: { Effect: "Allow", Principal: props2["Principal"] === "*" ? "*" : { AWS: props2["Principal"] }, Action: props2["Action"], ...condition ? { Condition: condition } : {} } },
        path: [...base],
        conditions: []
      });
    }
  } else {
    const key = RESOURCE_DOC_PROPERTY[type];
    if (key && props2[key] !== void 0) out.push({ kind: "resource", value: props2[key], path: [...base, key], conditions: [] });
  }
  return out;
}
function forEachListItem(list, path2, resolver, f) {
  if (list === void 0) return;
  for (const alt of resolver.resolve(list)) {
    if (!alt.known || alt.value === NO_VALUE) continue;
    const items2 = Array.isArray(alt.value) ? alt.value : [alt.value];
    items2.forEach((raw, i) => {
      const itemPath = Array.isArray(alt.value) ? [...path2, i] : path2;
      for (const it of resolver.resolve(raw)) if (it.known && it.value !== NO_VALUE) f(it.value, itemPath, [...alt.conditions, ...it.conditions]);
    });
  }
}
function statementsOf(doc, resolver) {
  const out = [];
  for (const alt of resolver.resolve(doc.value)) {
    const conditions = [...doc.conditions, ...alt.conditions];
    if (!alt.known) {
      out.push({ known: false, path: doc.path, reason: alt.reason, conditions });
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    let body = alt.value;
    let inText = false;
    if (typeof body === "string") {
      try {
        body = JSON.parse(body);
        inText = true;
      } catch {
        out.push({ known: false, path: doc.path, reason: "the policy document is text that is not JSON", conditions });
        continue;
      }
    }
    if (!isObj2(body)) continue;
    const stmtPath = [...doc.path, "Statement"];
    for (const listAlt of resolver.resolve(body["Statement"])) {
      const lc = [...conditions, ...listAlt.conditions];
      if (!listAlt.known) {
        out.push({ known: false, path: inText ? doc.path : stmtPath, reason: listAlt.reason, conditions: lc });
        continue;
      }
      if (listAlt.value === NO_VALUE || listAlt.value === void 0) continue;
      const list = Array.isArray(listAlt.value) ? listAlt.value : [listAlt.value];
      list.forEach((raw, i) => {
        const path2 = inText ? doc.path : Array.isArray(listAlt.value) ? [...stmtPath, i] : stmtPath;
        for (const s of resolver.resolve(raw)) {
          const sc = [...lc, ...s.conditions];
          if (!s.known) out.push({ known: false, path: path2, reason: s.reason, conditions: sc });
          else if (isObj2(s.value)) out.push(makeStatement(s.value, path2, i, sc, resolver, inText));
        }
      });
    }
  }
  return out;
}
function makeStatement(body, path2, index2, conditions, resolver, inText) {
  let effect = null;
  const eff = resolver.resolve(body["Effect"]);
  if (eff.length === 1 && eff[0].known) {
    const e = String(eff[0].value);
    effect = e.toLowerCase() === "deny" ? "Deny" : e.toLowerCase() === "allow" ? "Allow" : null;
  }
  const sid = typeof body["Sid"] === "string" ? body["Sid"] : null;
  return { known: true, path: path2, index: index2, body, effect, sid, conditions, fromText: inText };
}
function keyPath(stmt, key) {
  return stmt.fromText || !(key in stmt.body) ? stmt.path : [...stmt.path, key];
}
function elements(value, resolver) {
  if (value === void 0) return { values: [], unknown: null, present: false };
  const values = [];
  let unknown2 = null;
  for (const alt of resolver.resolve(value)) {
    if (!alt.known) {
      unknown2 ??= alt.reason;
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    const items2 = Array.isArray(alt.value) ? alt.value : [alt.value];
    for (const item of items2) {
      for (const r of resolver.resolve(item)) {
        if (!r.known) unknown2 ??= r.reason;
        else if (r.value === NO_VALUE) continue;
        else if (typeof r.value === "string" || typeof r.value === "number") values.push({ value: String(r.value), conditions: [...alt.conditions, ...r.conditions] });
        else if (Array.isArray(r.value)) for (const x of r.value) if (typeof x === "string") values.push({ value: x, conditions: [...alt.conditions, ...r.conditions] });
        else unknown2 ??= "a policy element that is neither text nor a list";
      }
    }
  }
  return { values, unknown: unknown2, present: true };
}
function wildcardMatch(pattern, text) {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === "?" || p[pi] === t[ti])) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === "*") {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}
function actionsCover(patterns, action) {
  return patterns.some((p) => wildcardMatch(p, action));
}
function isServiceWildcard(action) {
  return action === "*" || /^[a-z0-9-]+:\*+$/i.test(action);
}
function principals(value, resolver) {
  const values = [];
  let unknown2 = null;
  if (value === void 0) return { values, unknown: unknown2 };
  for (const alt of resolver.resolve(value)) {
    if (!alt.known) {
      unknown2 ??= alt.reason;
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    if (typeof alt.value === "string") {
      values.push({ kind: alt.value === "*" ? "Any" : "AWS", value: alt.value, conditions: alt.conditions });
      continue;
    }
    if (!isObj2(alt.value)) {
      unknown2 ??= 'a Principal that is neither "*" nor a mapping';
      continue;
    }
    for (const [k, v] of Object.entries(alt.value)) {
      const kind = k === "AWS" || k === "Service" || k === "Federated" || k === "CanonicalUser" ? k : "AWS";
      const el = elements(v, resolver);
      if (el.unknown) unknown2 ??= el.unknown;
      for (const x of el.values) values.push({ kind, value: x.value, conditions: [...alt.conditions, ...x.conditions] });
    }
  }
  return { values, unknown: unknown2 };
}
function isPublicPrincipal(p) {
  if (p.value === "*") return p.kind === "Any" || p.kind === "AWS" || p.kind === "CanonicalUser";
  return p.kind === "AWS" && /^arn:aws[a-z-]*:iam::\*:/i.test(p.value);
}
var RESTRICTING_CONDITION_KEYS = /* @__PURE__ */ new Set([
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceowner",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:principalisawsservice",
  "aws:principalservicename",
  "aws:sourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:userid",
  "aws:username",
  "kms:calleraccount",
  "s3:dataaccesspointaccount",
  "s3:dataaccesspointarn",
  "lambda:functionarn",
  "aws:vpcsourceip",
  "aws:resourceorgid",
  "sts:externalid"
]);
function restrictingCondition(stmt, keys = RESTRICTING_CONDITION_KEYS) {
  const cond2 = stmt.body["Condition"];
  if (!isObj2(cond2)) return null;
  for (const [op, block] of Object.entries(cond2)) {
    const o = op.toLowerCase();
    if (o.includes("not") || o.endsWith("ifexists") || o === "null" || !isObj2(block)) continue;
    if (o.startsWith("foranyvalue:") || o.startsWith("forallvalues:")) {
      if (o.startsWith("forallvalues:")) continue;
    }
    for (const [key, v] of Object.entries(block)) {
      if (!keys.has(key.toLowerCase())) continue;
      if (o === "bool" && key.toLowerCase() === "aws:principalisawsservice" && String(v).toLowerCase() !== "true") continue;
      const vals = Array.isArray(v) ? v : [v];
      if (vals.length > 0 && vals.every((x) => x !== "*")) return key;
    }
  }
  return null;
}
function conditionValue(stmt, key) {
  const cond2 = stmt.body["Condition"];
  if (!isObj2(cond2)) return null;
  const k = key.toLowerCase();
  for (const [op, block] of Object.entries(cond2)) {
    if (!isObj2(block)) continue;
    for (const [ck, v] of Object.entries(block)) if (ck.toLowerCase() === k) return { op, value: v };
  }
  return null;
}
function mergeBranches(...lists) {
  const out = [];
  for (const list of lists)
    for (const c of list) {
      const same = out.find((x) => x.condition === c.condition);
      if (!same) out.push(c);
      else if (same.branch !== c.branch) return null;
    }
  return out;
}
var READ_VERBS = ["get", "list", "describe", "head", "search", "query", "scan", "batchget", "lookup", "select", "view", "check", "validate", "estimate", "filter"];
function isReadAction(action) {
  const i = action.indexOf(":");
  if (i < 0) return false;
  const verb = action.slice(i + 1).toLowerCase();
  if (verb === "" || verb.startsWith("*")) return false;
  return READ_VERBS.some((v) => verb.startsWith(v));
}
var STAR_ONLY_ACTIONS = /* @__PURE__ */ new Set([
  "xray:puttracesegments",
  "xray:puttelemetryrecords",
  "xray:getsamplingrules",
  "xray:getsamplingtargets",
  "xray:getsamplingstatisticsummaries",
  "cloudwatch:putmetricdata",
  "logs:createloggroup",
  "logs:createlogstream",
  "logs:putlogevents",
  "logs:createlogdelivery",
  "logs:putresourcepolicy",
  "logs:getlogdelivery",
  "logs:updatelogdelivery",
  "logs:deletelogdelivery",
  "ec2:createnetworkinterface",
  "ec2:deletenetworkinterface",
  "ec2:assignprivateipaddresses",
  "ec2:unassignprivateipaddresses",
  "ecr:getauthorizationtoken",
  "sts:getcalleridentity",
  "kms:createkey",
  "kms:generaterandom",
  "ssmmessages:createcontrolchannel",
  "ssmmessages:createdatachannel",
  "ssmmessages:opencontrolchannel",
  "ssmmessages:opendatachannel",
  "ec2messages:acknowledgemessage",
  "ec2messages:deletemessage",
  "ec2messages:failmessage",
  "ec2messages:getendpoint",
  "ec2messages:getmessages",
  "ec2messages:sendreply",
  "ssm:updateinstanceinformation",
  "ssm:putinventory",
  "ssm:putcompliance_items",
  "ssm:putconfigurepackageresult",
  "ssm:updateassociationstatus",
  "ssm:updateinstanceassociationstatus",
  "cloudformation:validatetemplate",
  "cloudformation:createuploadbucket",
  "iam:createservicelinkedrole",
  "codeguru-profiler:configureagent",
  "codeguru-profiler:postagentprofile",
  "application-autoscaling:registerscalabletarget",
  "application-autoscaling:putscalingpolicy",
  "autoscaling:completelifecycleaction",
  "cloudwatch:putdashboard"
]);
function isStarOnlyAction(action) {
  return STAR_ONLY_ACTIONS.has(action.toLowerCase());
}
var ESCALATION_ACTIONS = [
  "iam:CreatePolicyVersion",
  "iam:SetDefaultPolicyVersion",
  "iam:AttachUserPolicy",
  "iam:AttachGroupPolicy",
  "iam:AttachRolePolicy",
  "iam:PutUserPolicy",
  "iam:PutGroupPolicy",
  "iam:PutRolePolicy",
  "iam:CreateAccessKey",
  "iam:CreateLoginProfile",
  "iam:UpdateLoginProfile",
  "iam:UpdateAssumeRolePolicy",
  "iam:AddUserToGroup",
  "iam:PutUserPermissionsBoundary",
  "iam:PutRolePermissionsBoundary",
  "iam:DeleteUserPermissionsBoundary",
  "iam:DeleteRolePermissionsBoundary"
];

// src/rules/checks/iam.ts
var isObj3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var ALL_DOCS = ["identity", "trust", "resource"];
function docKinds(options) {
  const d = options["docs"];
  return Array.isArray(d) ? d.filter((x) => x === "identity" || x === "trust" || x === "resource") : ALL_DOCS;
}
function allowStatements(resource, resolver, kinds) {
  const out = [];
  for (const doc of policyDocuments(resource, resolver)) {
    if (!kinds.includes(doc.kind)) continue;
    for (const s of statementsOf(doc, resolver)) if (s.known && s.effect === "Allow") out.push({ stmt: s, kind: doc.kind });
  }
  return out;
}
var hasStar = (el) => el.values.some((v) => v.value === "*");
var firstStar = (el) => el.values.find((v) => v.value === "*");
function broadIamResource(r) {
  if (r === "*") return true;
  const parts = r.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return false;
  const service = parts[2];
  const rest = parts.slice(5).join(":");
  return (service === "iam" || service === "*") && /^(\*|(role|user|group|policy)\/\*)$/i.test(rest);
}
function isFullAdmin(actions, resources) {
  return actions.values.some((a) => /^\*+$/.test(a.value)) && hasStar(resources);
}
function grants(stmt, resolver, action) {
  if ("Action" in stmt.body) return actionsCover(elements(stmt.body["Action"], resolver).values.map((v) => v.value), action);
  if ("NotAction" in stmt.body) {
    const excluded = elements(stmt.body["NotAction"], resolver);
    return excluded.unknown === null && !actionsCover(excluded.values.map((v) => v.value), action);
  }
  return false;
}
function cond(...lists) {
  return mergeBranches(...lists.map((l) => l ?? [])) ?? [];
}
function testStatement(test2, stmt, resolver, options) {
  const b = stmt.body;
  const base = { sid: stmt.sid ?? `#${stmt.index}` };
  switch (test2) {
    case "fullAdmin": {
      const actions = elements(b["Action"], resolver);
      const resources = elements(b["Resource"], resolver);
      const star = actions.values.find((a) => /^\*+$/.test(a.value));
      const rStar = firstStar(resources);
      if (star && rStar) return { path: keyPath(stmt, "Action"), data: { ...base, action: "*", resource: "*" }, conditions: cond(stmt.conditions, star.conditions, rStar.conditions) };
      if (rStar && actions.unknown && actions.values.length === 0)
        return { path: keyPath(stmt, "Action"), data: { ...base, unknownReason: actions.unknown }, outcome: "unknown", conditions: stmt.conditions };
      return null;
    }
    case "wildcardAction": {
      const actions = elements(b["Action"], resolver);
      if (options["excludeAdmin"] !== false && isFullAdmin(actions, elements(b["Resource"], resolver))) return null;
      const hit = actions.values.find((a) => isServiceWildcard(a.value));
      if (hit) return { path: keyPath(stmt, "Action"), data: { ...base, action: hit.value }, conditions: cond(stmt.conditions, hit.conditions) };
      if (actions.unknown && actions.values.length === 0)
        return { path: keyPath(stmt, "Action"), data: { ...base, unknownReason: actions.unknown }, outcome: "unknown", conditions: stmt.conditions };
      return null;
    }
    case "wildcardResourceWrite": {
      if (!("Action" in b)) return null;
      const actions = elements(b["Action"], resolver);
      const resources = elements(b["Resource"], resolver);
      const rStar = firstStar(resources);
      if (!rStar || isFullAdmin(actions, resources)) return null;
      const hit = actions.values.find((a) => !isReadAction(a.value) && !isStarOnlyAction(a.value));
      if (!hit) return null;
      return { path: keyPath(stmt, "Resource"), data: { ...base, action: hit.value }, conditions: cond(stmt.conditions, hit.conditions, rStar.conditions) };
    }
    case "passRoleWildcard":
    case "privilegeEscalation": {
      const actions = elements(b["Action"], resolver);
      const resources = elements(b["Resource"], resolver);
      if ("Action" in b && isFullAdmin(actions, resources)) return null;
      const broad = resources.values.find((r) => broadIamResource(r.value));
      if (!broad) return null;
      const wanted = test2 === "passRoleWildcard" ? ["iam:PassRole"] : ESCALATION_ACTIONS;
      const granted = wanted.filter((a) => grants(stmt, resolver, a));
      if (granted.length === 0) return null;
      const shown = granted.length > 3 ? `${granted.slice(0, 3).join(", ")} and ${granted.length - 3} more` : granted.join(", ");
      return { path: keyPath(stmt, "Action" in b ? "Action" : "NotAction"), data: { ...base, action: shown, resource: broad.value }, conditions: cond(stmt.conditions, broad.conditions) };
    }
    case "notPrincipal":
    case "notAction":
    case "notResource": {
      const key = test2 === "notPrincipal" ? "NotPrincipal" : test2 === "notAction" ? "NotAction" : "NotResource";
      if (!(key in b)) return null;
      const v = b[key];
      const shown = test2 === "notPrincipal" ? principals(v, resolver).values.map((p) => p.value) : elements(v, resolver).values.map((x) => x.value);
      return { path: keyPath(stmt, key), data: { ...base, key, value: shown.slice(0, 3).join(", ") || "(unresolved)" }, conditions: stmt.conditions };
    }
    default: {
      const never = test2;
      throw new Error(`unknown statement test ${String(never)}`);
    }
  }
}
var policyStatement = (ctx) => {
  const test2 = ctx.options["test"];
  for (const { stmt } of allowStatements(ctx.resource, ctx.graph.resolver, docKinds(ctx.options))) {
    const hit = testStatement(test2, stmt, ctx.graph.resolver, ctx.options);
    if (hit) ctx.report({ path: hit.path, data: hit.data, outcome: hit.outcome ?? "fail", conditions: hit.conditions ?? [] });
  }
};
var ACCOUNT_ID = /^\d{12}$/;
var ARN_ACCOUNT = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/i;
var CROSS_ACCOUNT_GUARDS = /* @__PURE__ */ new Set(["sts:externalid", "aws:principalorgid", "aws:principalorgpaths"]);
var trustExternalAccount = (ctx) => {
  const allowed = new Set(Array.isArray(ctx.options["allowedAccounts"]) ? ctx.options["allowedAccounts"].map(String) : []);
  for (const { stmt } of allowStatements(ctx.resource, ctx.graph.resolver, ["trust"])) {
    const cond2 = stmt.body["Condition"];
    if (isObj3(cond2) && Object.entries(cond2).some(([op, block]) => !/not|ifexists/i.test(op) && isObj3(block) && Object.keys(block).some((k) => CROSS_ACCOUNT_GUARDS.has(k.toLowerCase())))) continue;
    for (const p of principals(stmt.body["Principal"], ctx.graph.resolver).values) {
      if (p.kind !== "AWS") continue;
      const account = ACCOUNT_ID.test(p.value) ? p.value : ARN_ACCOUNT.exec(p.value)?.[1];
      if (!account || allowed.has(account)) continue;
      ctx.report({ path: keyPath(stmt, "Principal"), data: { sid: stmt.sid ?? `#${stmt.index}`, principal: p.value, account }, conditions: cond_(stmt.conditions, p.conditions) });
      break;
    }
  }
};
var cond_ = (a, b) => mergeBranches(a, b) ?? [];
function literalTexts(v, resolver, depth = 0) {
  if (depth > 10) return [];
  if (typeof v === "string") return [v];
  const name = intrinsicName(v);
  if (name === null) return [];
  const arg = v[name];
  switch (name) {
    case "Fn::Sub": {
      const text = Array.isArray(arg) ? arg[0] : arg;
      const known2 = resolver.resolve(v).filter((r) => r.known && typeof r.value === "string").map((r) => r.value);
      return known2.length ? known2 : typeof text === "string" ? [text] : [];
    }
    case "Fn::Join": {
      if (!Array.isArray(arg) || !Array.isArray(arg[1])) return [];
      const sep5 = typeof arg[0] === "string" ? arg[0] : "";
      return [arg[1].map((x) => literalTexts(x, resolver, depth + 1)[0] ?? "").join(sep5)];
    }
    case "Fn::If":
      return Array.isArray(arg) ? [...literalTexts(arg[1], resolver, depth + 1), ...literalTexts(arg[2], resolver, depth + 1)] : [];
    default:
      return resolver.resolve(v).filter((r) => r.known && typeof r.value === "string").map((r) => r.value);
  }
}
function awsManagedPolicyName(text, bareNames) {
  const m = /:iam::aws:policy\/(?:.*\/)?([A-Za-z0-9+=,.@_-]+)$/.exec(text);
  if (m) return m[1];
  if (bareNames && /^[A-Za-z0-9+=,.@_-]+$/.test(text)) return text;
  return null;
}
var ELEVATED = /^(PowerUserAccess|IAMFullAccess|.*FullAccess(V2)?)$/;
function attachedManagedPolicies(resource, resolver) {
  const out = [];
  const sam = resource.type.startsWith("AWS::Serverless::");
  const key = sam ? "Policies" : "ManagedPolicyArns";
  const list = resource.properties[key];
  if (list === void 0) return out;
  const base = [...resource.path, "Properties", key];
  for (const alt of resolver.resolve(list)) {
    if (!alt.known || alt.value === NO_VALUE) continue;
    const items2 = Array.isArray(alt.value) ? alt.value : [alt.value];
    items2.forEach((item, i) => {
      if (isObj3(item) && intrinsicName(item) === null) return;
      const path2 = Array.isArray(alt.value) ? [...base, i] : base;
      for (const text of literalTexts(item, resolver)) {
        const name = awsManagedPolicyName(text, sam);
        if (name) out.push({ path: path2, name, conditions: alt.conditions });
      }
    });
  }
  return out;
}
var managedPolicyAttached = (ctx) => {
  const match2 = ctx.options["match"];
  for (const p of attachedManagedPolicies(ctx.resource, ctx.graph.resolver)) {
    const hit = match2 === "admin" ? p.name === "AdministratorAccess" : p.name !== "AdministratorAccess" && ELEVATED.test(p.name);
    if (hit) ctx.report({ path: p.path, data: { policy: p.name }, conditions: p.conditions });
  }
};
var nonEmpty = (v, resolver) => v !== void 0 && resolver.resolve(v).some((r) => !r.known || r.value !== NO_VALUE && (!Array.isArray(r.value) || r.value.length > 0));
var policyOnUser = (ctx) => {
  const { resource, graph } = ctx;
  const props2 = resource.properties;
  const base = [...resource.path, "Properties"];
  if (resource.type === "AWS::IAM::User") {
    for (const key of ["Policies", "ManagedPolicyArns"])
      if (nonEmpty(props2[key], graph.resolver)) ctx.report({ path: [...base, key], data: { user: resource.logicalId, via: key } });
    return;
  }
  if (resource.type === "AWS::IAM::UserPolicy") {
    ctx.report({ path: [...base, "UserName"], data: { user: shortRef(props2["UserName"]), via: "UserPolicy" } });
    return;
  }
  if (nonEmpty(props2["Users"], graph.resolver)) {
    const users = Array.isArray(props2["Users"]) ? props2["Users"].map(shortRef).join(", ") : shortRef(props2["Users"]);
    ctx.report({ path: [...base, "Users"], data: { user: users, via: "Users" } });
  }
};
function shortRef(v) {
  if (typeof v === "string") return v;
  if (isObj3(v) && typeof v["Ref"] === "string") return v["Ref"];
  return "(computed)";
}
var secretOutputs = /* @__PURE__ */ new WeakMap();
function exportedSecrets(graph) {
  let m = secretOutputs.get(graph);
  if (m) return m;
  const found = /* @__PURE__ */ new Map();
  for (const [name, out] of Object.entries(graph.outputs)) {
    const text = JSON.stringify(isObj3(out) ? out["Value"] ?? null : null) ?? "";
    for (const hit of text.matchAll(/"Fn::GetAtt":(?:\["([^"]+)","SecretAccessKey"\]|"([^".]+)\.SecretAccessKey")|\$\{([^}.]+)\.SecretAccessKey\}/g)) {
      const id = hit[1] ?? hit[2] ?? hit[3];
      if (id && !found.has(id)) found.set(id, name);
    }
  }
  secretOutputs.set(graph, m = found);
  return m;
}
var userAccessKey = (ctx) => {
  const output = exportedSecrets(ctx.graph).get(ctx.resource.logicalId);
  ctx.report({
    path: ctx.resource.path,
    data: { user: shortRef(ctx.resource.properties["UserName"]), exported: output !== void 0, output: output ?? "" }
  });
};
var iamChecks = {
  policyStatement,
  trustExternalAccount,
  managedPolicyAttached,
  policyOnUser,
  userAccessKey
};

// src/rules/checks/s3.ts
var isObj4 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var indexes = /* @__PURE__ */ new WeakMap();
var LOG_WRITER_TYPES = /* @__PURE__ */ new Set(["AWS::CloudTrail::Trail", "AWS::Config::DeliveryChannel", "AWS::EC2::FlowLog"]);
var LOG_SERVICE_PRINCIPALS = /^(logging\.s3|delivery\.logs|cloudtrail|config|elasticloadbalancing|logdelivery\.elasticloadbalancing)\.amazonaws\.com$/i;
function bucketIndex(graph) {
  let idx = indexes.get(graph);
  if (idx) return idx;
  const buckets = graph.byType("AWS::S3::Bucket");
  const bucketIds = new Set(buckets.map((b) => b.logicalId));
  const byName = /* @__PURE__ */ new Map();
  for (const b of buckets)
    for (const r of graph.resolver.resolveString(b.properties["BucketName"])) if (r.known && typeof r.value === "string") byName.set(r.value, b.logicalId);
  const policies = /* @__PURE__ */ new Map();
  const add = (bucket, p) => {
    const list = policies.get(bucket);
    if (!list) policies.set(bucket, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of graph.byType("AWS::S3::BucketPolicy")) {
    for (const r of graph.resolver.resolveString(p.properties["Bucket"])) {
      if (r.known && typeof r.value === "string" && byName.has(r.value)) add(byName.get(r.value), p);
    }
  }
  const logTargets = /* @__PURE__ */ new Set();
  for (const id of bucketIds) {
    for (const e of graph.referencesTo(id)) {
      if (e.kind === "DependsOn" || e.from === id) continue;
      const from = graph.resources.get(e.from);
      if (!from) continue;
      const rel = e.path.slice(3);
      if (from.type === "AWS::S3::BucketPolicy" && rel[0] === "Bucket") add(id, from);
      if (isLogReference(from, rel)) logTargets.add(id);
    }
  }
  for (const b of buckets) {
    const lc = b.properties["LoggingConfiguration"];
    if (!isObj4(lc)) continue;
    for (const r of graph.resolver.resolveString(lc["DestinationBucketName"])) if (r.known && typeof r.value === "string" && byName.has(r.value)) logTargets.add(byName.get(r.value));
  }
  for (const b of buckets) {
    const acl = graph.resolver.resolveString(b.properties["AccessControl"]);
    if (acl.some((r) => r.known && r.value === "LogDeliveryWrite")) logTargets.add(b.logicalId);
  }
  for (const [bucket, list] of policies) {
    if (logTargets.has(bucket)) continue;
    const grantsLogService = list.some(
      (p) => policyDocuments(p, graph.resolver).some(
        (doc) => statementsOf(doc, graph.resolver).some((s) => s.known && s.effect === "Allow" && principals(s.body["Principal"], graph.resolver).values.some((x) => x.kind === "Service" && LOG_SERVICE_PRINCIPALS.test(x.value)))
      )
    );
    if (grantsLogService) logTargets.add(bucket);
  }
  idx = { policies, logTargets };
  indexes.set(graph, idx);
  return idx;
}
function isLogReference(from, rel) {
  if (LOG_WRITER_TYPES.has(from.type)) return true;
  if (rel.some((k) => typeof k === "string" && /log/i.test(k))) return true;
  if (rel[0] === "LoadBalancerAttributes" && typeof rel[1] === "number") {
    const attrs2 = from.properties["LoadBalancerAttributes"];
    const attr = Array.isArray(attrs2) ? attrs2[rel[1]] : void 0;
    return isObj4(attr) && typeof attr["Key"] === "string" && attr["Key"].includes("access_logs");
  }
  return false;
}
var BPA_FLAGS = ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"];
var blockPublicAccessDisabled = (ctx) => {
  const { resource, graph } = ctx;
  const key = "PublicAccessBlockConfiguration";
  const raw = resource.properties[key];
  if (raw === void 0) return;
  const base = [...resource.path, "Properties", key];
  for (const alt of graph.resolver.resolve(raw)) {
    if (!alt.known) {
      ctx.report({ path: base, outcome: "unknown", data: { flags: "(unresolved)", unknownReason: alt.reason }, conditions: alt.conditions });
      continue;
    }
    if (alt.value === NO_VALUE || !isObj4(alt.value)) continue;
    const cfg = alt.value;
    const off = [];
    let firstPath = base;
    let unknown2 = null;
    let conditions = alt.conditions;
    for (const flag of BPA_FLAGS) {
      if (!(flag in cfg)) {
        if (off.length === 0) firstPath = base;
        off.push(`${flag} (absent)`);
        continue;
      }
      for (const r of graph.resolver.resolveString(cfg[flag])) {
        if (!r.known) unknown2 ??= r.reason;
        else if (r.value === NO_VALUE || String(r.value).toLowerCase() !== "true") {
          if (off.length === 0) {
            firstPath = [...base, flag];
            conditions = [...alt.conditions, ...r.conditions];
          }
          off.push(flag);
          break;
        }
      }
    }
    if (off.length) ctx.report({ path: firstPath, data: { flags: off.join(", ") }, conditions });
    else if (unknown2) ctx.report({ path: base, outcome: "unknown", data: { flags: "(unresolved)", unknownReason: unknown2 }, conditions: alt.conditions });
  }
};
function deniesInsecureTransport(policy, graph) {
  for (const doc of policyDocuments(policy, graph.resolver))
    for (const s of statementsOf(doc, graph.resolver)) {
      if (!s.known || s.effect !== "Deny") continue;
      const st = conditionValue(s, "aws:SecureTransport");
      if (st && /^bool/i.test(st.op) && (Array.isArray(st.value) ? st.value : [st.value]).some((x) => String(x).toLowerCase() === "false")) return true;
      const tls = conditionValue(s, "s3:TlsVersion");
      if (tls && /^numericlessthan/i.test(tls.op)) return true;
    }
  return false;
}
var bucketNoSslPolicy = (ctx) => {
  const policies = bucketIndex(ctx.graph).policies.get(ctx.resource.logicalId) ?? [];
  if (policies.some((p) => deniesInsecureTransport(p, ctx.graph))) return;
  ctx.report({ path: ctx.resource.path, data: { policies: policies.length ? policies.map((p) => p.logicalId).join(", ") : "none" } });
};
var bucketNoAccessLogging = (ctx) => {
  const { resource, graph } = ctx;
  const lc = resource.properties["LoggingConfiguration"];
  if (lc !== void 0 && graph.resolver.resolve(lc).every((r) => !r.known || r.value !== NO_VALUE)) return;
  if (bucketIndex(graph).logTargets.has(resource.logicalId)) return;
  ctx.report({ path: [...resource.path, "Properties"], data: {} });
};
var s3Checks = {
  blockPublicAccessDisabled,
  bucketNoSslPolicy,
  bucketNoAccessLogging
};

// src/rules/checks/compute.ts
var isObj5 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function launchData(resource) {
  const base = [...resource.path, "Properties"];
  if (resource.type === "AWS::EC2::LaunchTemplate") {
    const d = resource.properties["LaunchTemplateData"];
    return { data: isObj5(d) ? d : {}, path: [...base, "LaunchTemplateData"] };
  }
  return { data: resource.properties, path: base };
}
function eachItem(list, path2, resolver, f) {
  if (list === void 0) return;
  for (const alt of resolver.resolve(list)) {
    if (!alt.known || alt.value === NO_VALUE || !Array.isArray(alt.value)) continue;
    alt.value.forEach((raw, i) => {
      for (const it of resolver.resolve(raw)) if (it.known && it.value !== NO_VALUE) f(it.value, [...path2, i], [...alt.conditions, ...it.conditions]);
    });
  }
}
function requireTrue(ctx, owner, ownerPath, key, conditions, data) {
  const v = owner[key];
  if (v === void 0) {
    ctx.report({ path: ownerPath, data: { ...data, value: "absent" }, conditions });
    return;
  }
  let unknown2 = null;
  for (const r of ctx.graph.resolver.resolveString(v)) {
    if (!r.known) {
      unknown2 ??= r.reason;
      continue;
    }
    if (r.value === NO_VALUE || String(r.value).toLowerCase() !== "true") {
      ctx.report({ path: [...ownerPath, key], data: { ...data, value: r.value === NO_VALUE ? "absent" : String(r.value) }, conditions: [...conditions, ...r.conditions] });
      return;
    }
  }
  if (unknown2) ctx.report({ path: [...ownerPath, key], outcome: "unknown", data: { ...data, value: "(unresolved)", unknownReason: unknown2 }, conditions });
}
var ebsEncryption = (ctx) => {
  const { resource, graph } = ctx;
  if (resource.type === "AWS::EC2::Volume") {
    requireTrue(ctx, resource.properties, [...resource.path, "Properties"], "Encrypted", [], { device: "volume" });
    return;
  }
  const { data, path: path2 } = launchData(resource);
  eachItem(data["BlockDeviceMappings"], [...path2, "BlockDeviceMappings"], graph.resolver, (item, itemPath, conditions) => {
    if (!isObj5(item) || !isObj5(item["Ebs"])) return;
    const device = typeof item["DeviceName"] === "string" ? item["DeviceName"] : "block device";
    requireTrue(ctx, item["Ebs"], [...itemPath, "Ebs"], "Encrypted", conditions, { device });
  });
};
var imdsV1 = (ctx) => {
  const { resource, graph } = ctx;
  const resolver = graph.resolver;
  if (resource.type === "AWS::EC2::Instance") {
    if (resource.properties["LaunchTemplate"] !== void 0 || ctx.options["instancesWithoutTemplate"] !== true) return;
    ctx.report({ path: [...resource.path, "Properties"], data: { value: "no launch template" } });
    return;
  }
  const { data, path: path2 } = launchData(resource);
  const mo = data["MetadataOptions"];
  const moPath = [...path2, "MetadataOptions"];
  if (mo === void 0) {
    ctx.report({ path: path2, data: { value: "absent" } });
    return;
  }
  for (const alt of resolver.resolve(mo)) {
    if (!alt.known) {
      ctx.report({ path: moPath, outcome: "unknown", data: { value: "(unresolved)", unknownReason: alt.reason }, conditions: alt.conditions });
      continue;
    }
    if (alt.value === NO_VALUE || !isObj5(alt.value)) {
      ctx.report({ path: moPath, data: { value: "absent" }, conditions: alt.conditions });
      continue;
    }
    const opts = alt.value;
    const endpoint = resolver.resolveString(opts["HttpEndpoint"]);
    if (opts["HttpEndpoint"] !== void 0 && endpoint.every((r) => r.known && String(r.value).toLowerCase() === "disabled")) continue;
    if (opts["HttpTokens"] === void 0) {
      ctx.report({ path: moPath, data: { value: "absent" }, conditions: alt.conditions });
      continue;
    }
    let unknown2 = null;
    let reported = false;
    for (const r of resolver.resolveString(opts["HttpTokens"])) {
      if (!r.known) unknown2 ??= r.reason;
      else if (r.value === NO_VALUE || String(r.value).toLowerCase() !== "required") {
        ctx.report({ path: [...moPath, "HttpTokens"], data: { value: r.value === NO_VALUE ? "absent" : String(r.value) }, conditions: [...alt.conditions, ...r.conditions] });
        reported = true;
        break;
      }
    }
    if (!reported && unknown2) ctx.report({ path: [...moPath, "HttpTokens"], outcome: "unknown", data: { value: "(unresolved)", unknownReason: unknown2 }, conditions: alt.conditions });
  }
};
function literalFragments(v, out = [], depth = 0) {
  if (depth > 20) return out;
  if (typeof v === "string") {
    out.push(v);
    return out;
  }
  const name = intrinsicName(v);
  if (name === null) return out;
  const arg = v[name];
  switch (name) {
    case "Fn::Base64":
      return literalFragments(arg, out, depth + 1);
    case "Fn::Sub":
      if (typeof arg === "string") out.push(arg);
      else if (Array.isArray(arg)) {
        if (typeof arg[0] === "string") out.push(arg[0]);
        if (isObj5(arg[1])) for (const x of Object.values(arg[1])) literalFragments(x, out, depth + 1);
      }
      return out;
    case "Fn::Join": {
      if (!Array.isArray(arg) || !Array.isArray(arg[1])) return out;
      const sep5 = typeof arg[0] === "string" ? arg[0] : "";
      let run2 = [];
      const flush = () => {
        if (run2.length) out.push(run2.join(sep5));
        run2 = [];
      };
      for (const item of arg[1]) {
        if (typeof item === "string" || typeof item === "number") run2.push(String(item));
        else {
          flush();
          literalFragments(item, out, depth + 1);
        }
      }
      flush();
      return out;
    }
    case "Fn::If":
      if (Array.isArray(arg)) {
        literalFragments(arg[1], out, depth + 1);
        literalFragments(arg[2], out, depth + 1);
      }
      return out;
    default:
      return out;
  }
}
var ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g;
var SECRET_KEY = /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;
var ASSIGNMENT = /\b([A-Za-z_]*(?:password|passwd|secret|token|api_?key))\s*[=:]\s*(["']?)([^\s"'$`{}()<>;|&\\]{4,})\2/gi;
var NOT_SECRETS = /* @__PURE__ */ new Set(["true", "false", "null", "none", "required", "optional", "changeme", "xxxx", "password"]);
function findSecret(text) {
  for (const m of text.matchAll(ACCESS_KEY_ID)) if (!m[0].endsWith("EXAMPLE")) return { kind: "AWS access key id", name: m[0].slice(0, 4) + "\u2026" };
  if (SECRET_KEY.test(text)) return { kind: "AWS secret access key", name: "aws_secret_access_key" };
  for (const m of text.matchAll(ASSIGNMENT)) {
    const value = m[3];
    if (NOT_SECRETS.has(value.toLowerCase()) || value.startsWith("/") || value.startsWith("-") || /^\d{1,5}$/.test(value)) continue;
    return { kind: "literal credential assignment", name: m[1] };
  }
  return null;
}
var userDataSecrets = (ctx) => {
  const { data, path: path2 } = launchData(ctx.resource);
  const ud = data["UserData"];
  if (ud === void 0) return;
  for (const text of literalFragments(ud)) {
    const hit = findSecret(text);
    if (hit) {
      ctx.report({ path: [...path2, "UserData"], data: hit });
      return;
    }
  }
};
var forbiddenAmi = (ctx) => {
  const amis = new Set(Array.isArray(ctx.options["amis"]) ? ctx.options["amis"].map(String) : []);
  if (amis.size === 0) return;
  const { data, path: path2 } = launchData(ctx.resource);
  if (data["ImageId"] === void 0) return;
  for (const r of ctx.graph.resolver.resolveString(data["ImageId"])) {
    if (r.known && typeof r.value === "string" && amis.has(r.value)) {
      ctx.report({ path: [...path2, "ImageId"], data: { ami: r.value }, conditions: r.conditions });
      return;
    }
  }
};
var CREDENTIAL_KEYS = ["accessKeyId", "secretKey", "password"];
var cfnInitAuth = (ctx) => {
  const { resource, graph } = ctx;
  const auth = resource.metadata["AWS::CloudFormation::Authentication"];
  if (!isObj5(auth)) return;
  const base = [...resource.path, "Metadata", "AWS::CloudFormation::Authentication"];
  for (const [name, entry] of Object.entries(auth)) {
    if (!isObj5(entry)) continue;
    for (const key of Object.keys(entry)) {
      if (!CREDENTIAL_KEYS.some((k) => k.toLowerCase() === key.toLowerCase())) continue;
      const v = entry[key];
      if (typeof v === "string" && v.startsWith("{{resolve:")) continue;
      if (isObj5(v) && typeof v["Ref"] === "string" && graph.parameters.get(v["Ref"])?.noEcho && graph.parameters.get(v["Ref"])?.default === void 0) continue;
      if (isObj5(v) && intrinsicName(v) !== null && intrinsicName(v) !== "Ref") continue;
      ctx.report({ path: [...base, name, key], data: { entry: name, key } });
    }
  }
};
var vpcFlowLog = (ctx) => {
  const { resource, graph } = ctx;
  const logged = graph.referencesTo(resource.logicalId).some((e) => {
    if (e.kind === "DependsOn") return false;
    const from = graph.resources.get(e.from);
    return from?.type === "AWS::EC2::FlowLog" && e.path.some((k) => k === "ResourceId" || k === "ResourceIds");
  });
  if (!logged) ctx.report({ path: resource.path, data: {} });
};
var computeChecks = {
  ebsEncryption,
  imdsV1,
  userDataSecrets,
  forbiddenAmi,
  cfnInitAuth,
  vpcFlowLog
};

// src/rules/checks/resource-policies.ts
var isObj6 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function docKinds2(options) {
  const d = options["docs"];
  return Array.isArray(d) ? d.filter((x) => x === "identity" || x === "trust" || x === "resource") : ["resource"];
}
function inVpc(props2, resolver) {
  const v = props2["VPCOptions"];
  if (v === void 0) return false;
  return resolver.resolve(v).every((r) => r.known && isObj6(r.value) && r.value["SubnetIds"] !== void 0);
}
var publicPrincipal = (ctx) => {
  const { resource, graph } = ctx;
  const resolver = graph.resolver;
  if ((resource.type === "AWS::OpenSearchService::Domain" || resource.type === "AWS::Elasticsearch::Domain") && inVpc(resource.properties, resolver)) return;
  const kinds = docKinds2(ctx.options);
  for (const doc of policyDocuments(resource, resolver)) {
    if (!kinds.includes(doc.kind)) continue;
    for (const stmt of statementsOf(doc, resolver)) {
      if (!stmt.known) {
        ctx.report({ path: stmt.path, outcome: "unknown", data: { principal: "(unresolved)", unknownReason: stmt.reason }, conditions: stmt.conditions });
        continue;
      }
      if (stmt.effect === "Deny") continue;
      if (restrictingCondition(stmt) !== null) continue;
      const ps = principals(stmt.body["Principal"], resolver);
      const open = ps.values.find(isPublicPrincipal);
      const sid = stmt.sid ?? `#${stmt.index}`;
      if (open && stmt.effect === "Allow") {
        ctx.report({ path: keyPath(stmt, "Principal"), data: { sid, principal: open.value === "*" && open.kind !== "Any" ? `{${open.kind}: "*"}` : open.value }, conditions: mergeBranches(stmt.conditions, open.conditions) ?? [] });
      } else if (open || ps.unknown !== null && ps.values.length === 0) {
        const reason = stmt.effect === null ? "the statement Effect could not be resolved" : ps.unknown ?? "";
        ctx.report({ path: keyPath(stmt, "Principal"), outcome: "unknown", data: { sid, principal: "(unresolved)", unknownReason: reason }, conditions: stmt.conditions });
      }
    }
  }
};
function isSet(v, resolver) {
  return v !== void 0 && resolver.resolve(v).some((r) => !r.known || r.value !== NO_VALUE);
}
var SERVICE_PRINCIPAL = /\.amazonaws\.com(\.cn)?$/i;
var lambdaPermission = (ctx) => {
  const { resource, graph } = ctx;
  const resolver = graph.resolver;
  const props2 = resource.properties;
  const match2 = ctx.options["match"];
  const principalPath = [...resource.path, "Properties", "Principal"];
  const layer = resource.type === "AWS::Lambda::LayerVersionPermission";
  const guarded = layer ? isSet(props2["OrganizationId"], resolver) : ["SourceAccount", "SourceArn", "PrincipalOrgID"].some((k) => isSet(props2[k], resolver));
  if (guarded) return;
  for (const alt of resolver.resolveString(props2["Principal"])) {
    const conditions = alt.conditions;
    if (!alt.known) {
      if (match2 === "public") ctx.report({ path: principalPath, outcome: "unknown", data: { principal: "(unresolved)", unknownReason: alt.reason }, conditions });
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    const p = String(alt.value);
    const pub = p === "*" || /^arn:aws[a-z-]*:iam::\*:/i.test(p);
    if (match2 === "public" && pub) {
      ctx.report({ path: principalPath, data: { principal: p }, conditions });
      return;
    }
    if (match2 === "serviceNoSource" && !layer && SERVICE_PRINCIPAL.test(p)) {
      ctx.report({ path: principalPath, data: { principal: p }, conditions });
      return;
    }
  }
};
var ROTATABLE_SPECS = /* @__PURE__ */ new Set(["SYMMETRIC_DEFAULT"]);
var kmsKeyRotation = (ctx) => {
  const { resource, graph } = ctx;
  const resolver = graph.resolver;
  const props2 = resource.properties;
  const origin = props2["Origin"];
  if (origin !== void 0 && resolver.resolveString(origin).every((r) => r.known && r.value !== "AWS_KMS")) return;
  const spec = props2["KeySpec"] ?? props2["KeySpecification"];
  let specConditions = [];
  if (spec !== void 0) {
    const alts = resolver.resolveString(spec);
    const sym = alts.find((r) => r.known && (r.value === NO_VALUE || ROTATABLE_SPECS.has(String(r.value))));
    if (!sym) return;
    specConditions = sym.conditions;
  }
  const base = [...resource.path, "Properties"];
  const v = props2["EnableKeyRotation"];
  if (v === void 0) {
    ctx.report({ path: base, data: { value: "absent" }, conditions: specConditions });
    return;
  }
  let unknown2 = null;
  for (const alt of resolver.resolveString(v)) {
    if (!alt.known) {
      unknown2 ??= alt.reason;
      continue;
    }
    if (alt.value === NO_VALUE || String(alt.value).toLowerCase() !== "true") {
      ctx.report({ path: [...base, "EnableKeyRotation"], data: { value: alt.value === NO_VALUE ? "absent" : String(alt.value) }, conditions: mergeBranches(specConditions, alt.conditions) ?? [] });
      return;
    }
  }
  if (unknown2) ctx.report({ path: [...base, "EnableKeyRotation"], outcome: "unknown", data: { value: "(unresolved)", unknownReason: unknown2 } });
};
var resourcePolicyChecks = {
  publicPrincipal,
  lambdaPermission,
  kmsKeyRotation
};

// src/rules/checks/data.ts
var MAX_ALTS = 32;
var isObj7 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function lookup(resolver, root, keys) {
  let alts = [{ state: "value", value: root, conditions: [] }];
  for (const key of keys) {
    const next = [];
    for (const a of alts) {
      if (a.state !== "value") {
        next.push(a);
        continue;
      }
      for (const r of resolver.resolve(a.value)) {
        const conditions = [...a.conditions, ...r.conditions];
        if (!r.known) next.push({ state: "unknown", reason: r.reason, conditions });
        else if (isObj7(r.value) && Object.prototype.hasOwnProperty.call(r.value, key)) next.push({ state: "value", value: r.value[key], conditions });
        else next.push({ state: "absent", conditions });
      }
    }
    alts = next.slice(0, MAX_ALTS);
  }
  return alts.flatMap((a) => {
    if (a.state !== "value") return [a];
    return resolver.resolve(a.value).map((r) => {
      const conditions = [...a.conditions, ...r.conditions];
      if (!r.known) return { state: "unknown", reason: r.reason, conditions };
      if (r.value === NO_VALUE || r.value === void 0 || r.value === null) return { state: "absent", conditions };
      return { state: "value", value: r.value, conditions };
    });
  });
}
function flagProperty(ctx, keys, opts, root = ctx.resource.properties, base = [...ctx.resource.path, "Properties"]) {
  const alts = lookup(ctx.graph.resolver, root, keys);
  const at = (present) => present ? [...base, ...keys] : base;
  for (const a of alts) {
    if (a.state === "value" && opts.fails(a.value)) {
      ctx.report({ path: at(true), conditions: a.conditions, data: { property: keys.join("."), value: shortText(a.value), ...opts.data } });
      return true;
    }
    if (a.state === "absent" && opts.absent === "fail") {
      ctx.report({ path: at(propertyPresent(root, keys)), conditions: a.conditions, data: { property: keys.join("."), value: "absent", ...opts.data } });
      return true;
    }
  }
  const unknown2 = alts.find((a) => a.state === "unknown");
  if (unknown2 && unknown2.state === "unknown") {
    ctx.report({ path: at(propertyPresent(root, keys)), outcome: "unknown", conditions: unknown2.conditions, data: { property: keys.join("."), unknownReason: unknown2.reason, ...opts.data } });
    return true;
  }
  return false;
}
function propertyPresent(root, keys) {
  let cur = root;
  for (const k of keys) {
    if (!isObj7(cur) || !(k in cur)) return false;
    cur = cur[k];
  }
  return true;
}
function shortText(v) {
  const s = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}\u2026` : s;
}
var isTrue = (v) => looseEquals(v, true);
var notTrue = (v) => !looseEquals(v, true);
function has(resource, key) {
  const v = resource.properties[key];
  return v !== void 0 && v !== null && !(isObj7(v) && v["Ref"] === "AWS::NoValue");
}
var rdsInstancePublic = (ctx) => {
  const r = ctx.resource;
  if (has(r, "PubliclyAccessible")) {
    flagProperty(ctx, ["PubliclyAccessible"], { fails: isTrue, absent: "pass" });
    return;
  }
  if (has(r, "DBSubnetGroupName") || has(r, "DBClusterIdentifier") || has(r, "SourceDBInstanceIdentifier")) return;
  ctx.report({
    path: [...r.path, "Properties"],
    outcome: "unknown",
    data: { property: "PubliclyAccessible", value: "absent", unknownReason: "PubliclyAccessible is not set and no DBSubnetGroupName is given: the instance goes to the default VPC and is public when that VPC has an internet gateway" }
  });
};
var databaseStorageEncrypted = (ctx) => {
  const r = ctx.resource;
  const p = r.properties;
  if (r.type === "AWS::RDS::DBInstance") {
    if (has(r, "DBClusterIdentifier") || has(r, "SourceDBInstanceIdentifier") || has(r, "DBSnapshotIdentifier") || has(r, "SourceDBClusterIdentifier")) return;
    if (typeof p["Engine"] === "string" && p["Engine"].toLowerCase().startsWith("aurora")) return;
  }
  if (r.type === "AWS::RDS::DBCluster") {
    if (has(r, "SnapshotIdentifier") || has(r, "SourceDBClusterIdentifier") || has(r, "ReplicationSourceIdentifier")) return;
    if (typeof p["EngineMode"] === "string" && p["EngineMode"].toLowerCase() === "serverless") return;
  }
  if ((r.type === "AWS::DocDB::DBCluster" || r.type === "AWS::Neptune::DBCluster") && has(r, "SnapshotIdentifier")) return;
  flagProperty(ctx, ["StorageEncrypted"], { fails: notTrue, absent: "fail" });
};
var elastiCacheNoAuth = (ctx) => {
  const r = ctx.resource;
  const engine = r.properties["Engine"];
  if (typeof engine === "string" && engine.toLowerCase() === "memcached") return;
  if (has(r, "AuthToken") || has(r, "UserGroupIds")) return;
  ctx.report({ path: [...r.path, "Properties"], data: { property: "AuthToken", value: "absent" } });
};
var redshiftSslNotRequired = (ctx) => {
  const r = ctx.resource;
  const base = [...r.path, "Properties", "Parameters"];
  for (const listAlt of ctx.graph.resolver.resolve(r.properties["Parameters"])) {
    if (!listAlt.known) {
      ctx.report({ path: base, outcome: "unknown", conditions: listAlt.conditions, data: { property: "require_ssl", unknownReason: listAlt.reason } });
      return;
    }
    if (!Array.isArray(listAlt.value)) continue;
    for (const [i, item] of listAlt.value.entries()) {
      if (!isObj7(item) || item["ParameterName"] !== "require_ssl") continue;
      if (flagProperty(ctx, ["ParameterValue"], { fails: (v) => !looseEquals(v, true), absent: "pass", data: { property: "require_ssl" } }, item, [...base, i])) return;
    }
  }
};
var dataChecks = {
  rdsInstancePublic,
  databaseStorageEncrypted,
  elastiCacheNoAuth,
  redshiftSslNotRequired
};

// src/rules/checks/services.ts
function items(ctx, root, keys, base) {
  const out = [];
  for (const alt of lookup(ctx.graph.resolver, root, keys)) {
    if (alt.state !== "value" || !Array.isArray(alt.value)) continue;
    alt.value.forEach((raw, i) => {
      for (const r of ctx.graph.resolver.resolve(raw)) if (r.known && isObj7(r.value)) out.push({ item: r.value, path: [...base, ...keys, i] });
    });
  }
  return out;
}
function texts(ctx, v) {
  return ctx.graph.resolver.resolveString(v).map((r) => r.known ? r.value === NO_VALUE ? "" : String(r.value).toLowerCase() : null);
}
var albHttpListener = (ctx) => {
  const p = ctx.resource.properties;
  const protos = texts(ctx, p["Protocol"]);
  if (!protos.includes("http")) {
    if (protos.includes(null)) ctx.report({ path: [...ctx.resource.path, "Properties", "Protocol"], outcome: "unknown", data: { unknownReason: "the listener protocol is not known before deployment" } });
    return;
  }
  const actions = items(ctx, p, ["DefaultActions"], [...ctx.resource.path, "Properties"]);
  const redirects = actions.length > 0 && actions.every(({ item }) => {
    if (String(item["Type"]).toLowerCase() !== "redirect") return false;
    const cfg = item["RedirectConfig"];
    return isObj7(cfg) && texts(ctx, cfg["Protocol"]).every((t) => t === "https");
  });
  if (!redirects) ctx.report({ path: [...ctx.resource.path, "Properties", "Protocol"], data: { protocol: "HTTP" } });
};
var STRONG_ELB_POLICY = /(TLS13-1-[23]|TLS-1-2|FS-1-2|TLS13-1-3)/i;
var lbWeakTlsPolicy = (ctx) => {
  const r = ctx.resource;
  if (r.type === "AWS::ElasticLoadBalancingV2::Listener") {
    const protos = texts(ctx, r.properties["Protocol"]);
    if (!protos.some((t) => t === "https" || t === "tls")) return;
    flagProperty(ctx, ["SslPolicy"], { fails: (v) => typeof v !== "string" || !STRONG_ELB_POLICY.test(v), absent: "fail", data: { policy: "ELBSecurityPolicy-2016-08 (default)" } });
    return;
  }
  const props2 = r.properties;
  const policies = /* @__PURE__ */ new Map();
  for (const { item } of items(ctx, props2, ["Policies"], [...r.path, "Properties"])) {
    if (item["PolicyType"] !== "SSLNegotiationPolicyType" || typeof item["PolicyName"] !== "string") continue;
    const attrs2 = Array.isArray(item["Attributes"]) ? item["Attributes"] : [];
    const ref = attrs2.find((a) => isObj7(a) && a["Name"] === "Reference-Security-Policy");
    policies.set(item["PolicyName"], isObj7(ref) && typeof ref["Value"] === "string" ? ref["Value"] : null);
  }
  for (const { item, path: path2 } of items(ctx, props2, ["Listeners"], [...r.path, "Properties"])) {
    const proto = texts(ctx, item["Protocol"]);
    if (!proto.some((t) => t === "https" || t === "ssl")) continue;
    const names = Array.isArray(item["PolicyNames"]) ? item["PolicyNames"].filter((x) => typeof x === "string") : [];
    const refs = names.filter((n) => policies.has(n)).map((n) => policies.get(n) ?? null);
    if (refs.length === 0) {
      ctx.report({ path: path2, data: { policy: "ELBSecurityPolicy-2016-08 (default)" } });
      return;
    }
    const weak = refs.find((p) => p !== null && !STRONG_ELB_POLICY.test(p));
    if (weak) {
      ctx.report({ path: path2, data: { policy: weak } });
      return;
    }
  }
};
var clbPlaintextListener = (ctx) => {
  const r = ctx.resource;
  const scheme = texts(ctx, r.properties["Scheme"]);
  if (has(r, "Scheme") && scheme.every((s) => s === "internal")) return;
  for (const { item, path: path2 } of items(ctx, r.properties, ["Listeners"], [...r.path, "Properties"])) {
    const proto = texts(ctx, item["Protocol"]);
    if (proto.some((t) => t === "http" || t === "tcp")) {
      ctx.report({ path: path2, data: { protocol: String(item["Protocol"]) } });
      return;
    }
  }
};
var lbNoAccessLogs = (ctx) => {
  const r = ctx.resource;
  if (r.type === "AWS::ElasticLoadBalancing::LoadBalancer") {
    flagProperty(ctx, ["AccessLoggingPolicy", "Enabled"], { fails: notTrue, absent: "fail" });
    return;
  }
  if (texts(ctx, r.properties["Type"]).every((t) => t === "gateway") && has(r, "Type")) return;
  const attrs2 = items(ctx, r.properties, ["LoadBalancerAttributes"], [...r.path, "Properties"]);
  const entry = attrs2.find(({ item }) => item["Key"] === "access_logs.s3.enabled");
  if (!entry) {
    ctx.report({ path: [...r.path, "Properties"], data: { property: "access_logs.s3.enabled", value: "absent" } });
    return;
  }
  flagProperty(ctx, ["Value"], { fails: notTrue, absent: "fail", data: { property: "access_logs.s3.enabled" } }, entry.item, entry.path);
};
function behaviours(ctx) {
  const base = [...ctx.resource.path, "Properties", "DistributionConfig"];
  const cfg = ctx.resource.properties["DistributionConfig"];
  if (!isObj7(cfg)) return [];
  const out = [];
  for (const alt of lookup(ctx.graph.resolver, cfg, ["DefaultCacheBehavior"])) if (alt.state === "value" && isObj7(alt.value)) out.push({ item: alt.value, path: [...base, "DefaultCacheBehavior"] });
  out.push(...items(ctx, cfg, ["CacheBehaviors"], base));
  return out;
}
var cloudFrontViewerHttpAllowed = (ctx) => {
  for (const { item, path: path2 } of behaviours(ctx)) {
    const policies = texts(ctx, item["ViewerProtocolPolicy"]);
    if (policies.includes("allow-all")) {
      ctx.report({ path: [...path2, "ViewerProtocolPolicy"], data: { value: "allow-all" } });
      return;
    }
  }
};
var STRONG_CF_TLS = /^TLSv1\.2_20(18|19|21)$|^TLSv1\.[3-9]/;
var cloudFrontWeakTls = (ctx) => {
  const cfg = ctx.resource.properties["DistributionConfig"];
  if (!isObj7(cfg)) return;
  const base = [...ctx.resource.path, "Properties", "DistributionConfig"];
  for (const alt of lookup(ctx.graph.resolver, cfg, ["ViewerCertificate"])) {
    if (alt.state !== "value" || !isObj7(alt.value)) continue;
    const vc = alt.value;
    const custom = ["AcmCertificateArn", "IamCertificateId"].some((k) => vc[k] !== void 0 && !(isObj7(vc[k]) && vc[k]["Ref"] === "AWS::NoValue"));
    const defaultCert = lookup(ctx.graph.resolver, vc, ["CloudFrontDefaultCertificate"]).some((a) => a.state === "value" && looseEquals(a.value, true));
    if (!custom || defaultCert) continue;
    if (flagProperty(ctx, ["MinimumProtocolVersion"], { fails: (v) => typeof v !== "string" || !STRONG_CF_TLS.test(v), absent: "fail" }, vc, [...base, "ViewerCertificate"])) return;
  }
};
var WEAK_ORIGIN_SSL = /* @__PURE__ */ new Set(["sslv3", "tlsv1"]);
var cloudFrontOriginInsecure = (ctx) => {
  const cfg = ctx.resource.properties["DistributionConfig"];
  if (!isObj7(cfg)) return;
  for (const { item, path: path2 } of items(ctx, cfg, ["Origins"], [...ctx.resource.path, "Properties", "DistributionConfig"])) {
    const custom = item["CustomOriginConfig"];
    if (!isObj7(custom)) continue;
    const policy = texts(ctx, custom["OriginProtocolPolicy"]);
    const bad = policy.find((t) => t === "http-only" || t === "match-viewer");
    if (bad) {
      ctx.report({ path: [...path2, "CustomOriginConfig", "OriginProtocolPolicy"], data: { value: bad, origin: shortText(item["DomainName"]) } });
      return;
    }
    const ssl = custom["OriginSSLProtocols"];
    if (Array.isArray(ssl)) {
      const weak = ssl.find((s) => typeof s === "string" && WEAK_ORIGIN_SSL.has(s.toLowerCase()));
      if (typeof weak === "string") {
        ctx.report({ path: [...path2, "CustomOriginConfig", "OriginSSLProtocols"], data: { value: weak, origin: shortText(item["DomainName"]) } });
        return;
      }
    }
  }
};
var cloudFrontS3OriginNoOac = (ctx) => {
  const cfg = ctx.resource.properties["DistributionConfig"];
  if (!isObj7(cfg)) return;
  for (const { item, path: path2 } of items(ctx, cfg, ["Origins"], [...ctx.resource.path, "Properties", "DistributionConfig"])) {
    const s3 = item["S3OriginConfig"];
    if (!isObj7(s3) && s3 !== void 0) continue;
    if (s3 === void 0) continue;
    if (item["OriginAccessControlId"] !== void 0 && item["OriginAccessControlId"] !== "") continue;
    const oai = lookup(ctx.graph.resolver, s3, ["OriginAccessIdentity"]);
    if (oai.some((a) => a.state === "unknown")) continue;
    if (oai.some((a) => a.state === "value" && typeof a.value === "string" && a.value.trim() !== "")) continue;
    ctx.report({ path: path2, data: { origin: shortText(item["DomainName"]) } });
    return;
  }
};
var topicOrQueueUnencrypted = (ctx) => {
  const r = ctx.resource;
  if (has(r, "KmsMasterKeyId")) return;
  if (r.type === "AWS::SNS::Topic") {
    ctx.report({ path: [...r.path, "Properties"], data: { property: "KmsMasterKeyId", value: "absent" } });
    return;
  }
  flagProperty(ctx, ["SqsManagedSseEnabled"], { fails: (v) => looseEquals(v, false), absent: "pass" });
};
var mskPlaintext = (ctx) => {
  const transit = ["EncryptionInfo", "EncryptionInTransit"];
  if (flagProperty(ctx, [...transit, "ClientBroker"], { fails: (v) => typeof v !== "string" || v.toUpperCase() !== "TLS", absent: "pass" })) return;
  flagProperty(ctx, [...transit, "InCluster"], { fails: (v) => looseEquals(v, false), absent: "pass" });
};
var eksEndpointPublic = (ctx) => {
  const vpc = ["ResourcesVpcConfig"];
  const pub = lookup(ctx.graph.resolver, ctx.resource.properties, [...vpc, "EndpointPublicAccess"]);
  if (pub.every((a) => a.state === "value" && looseEquals(a.value, false))) return;
  const cidrs = lookup(ctx.graph.resolver, ctx.resource.properties, [...vpc, "PublicAccessCidrs"]);
  const world = cidrs.some((a) => a.state === "absent" || a.state === "value" && Array.isArray(a.value) && a.value.some((c) => typeof c === "string" && cidrIsWorld(c)));
  const unknown2 = [...pub, ...cidrs].find((a) => a.state === "unknown");
  const base = [...ctx.resource.path, "Properties", "ResourcesVpcConfig"];
  if (world) ctx.report({ path: base, data: { cidr: "0.0.0.0/0" } });
  else if (unknown2 && unknown2.state === "unknown") ctx.report({ path: base, outcome: "unknown", data: { unknownReason: unknown2.reason } });
};
var eksSecretsUnencrypted = (ctx) => {
  const configs = items(ctx, ctx.resource.properties, ["EncryptionConfig"], [...ctx.resource.path, "Properties"]);
  const ok = configs.some(({ item }) => {
    const res = item["Resources"];
    const provider = item["Provider"];
    return Array.isArray(res) && res.includes("secrets") && isObj7(provider) && provider["KeyArn"] !== void 0;
  });
  if (!ok) ctx.report({ path: [...ctx.resource.path, "Properties"], data: { property: "EncryptionConfig", value: configs.length ? "no KMS key for secrets" : "absent" } });
};
var eksNodegroupSshOpen = (ctx) => {
  const ra = ctx.resource.properties["RemoteAccess"];
  if (!isObj7(ra) || ra["Ec2SshKey"] === void 0) return;
  const groups = lookup(ctx.graph.resolver, ra, ["SourceSecurityGroups"]);
  if (groups.some((a) => a.state === "absent" || a.state === "value" && Array.isArray(a.value) && a.value.length === 0)) {
    ctx.report({ path: [...ctx.resource.path, "Properties", "RemoteAccess"], data: { property: "SourceSecurityGroups", value: "absent" } });
  }
};
var openSearchTransitUnencrypted = (ctx) => {
  if (flagProperty(ctx, ["NodeToNodeEncryptionOptions", "Enabled"], { fails: notTrue, absent: "fail" })) return;
  flagProperty(ctx, ["DomainEndpointOptions", "EnforceHTTPS"], { fails: notTrue, absent: "fail" });
};
var serviceChecks = {
  albHttpListener,
  lbWeakTlsPolicy,
  clbPlaintextListener,
  lbNoAccessLogs,
  cloudFrontViewerHttpAllowed,
  cloudFrontWeakTls,
  cloudFrontOriginInsecure,
  cloudFrontS3OriginNoOac,
  topicOrQueueUnencrypted,
  mskPlaintext,
  eksEndpointPublic,
  eksSecretsUnencrypted,
  eksNodegroupSshOpen,
  openSearchTransitUnencrypted
};

// src/model/sam.ts
var isObj8 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var GLOBALS_KEY = {
  "AWS::Serverless::Function": "Function",
  "AWS::Serverless::Api": "Api",
  "AWS::Serverless::HttpApi": "HttpApi",
  "AWS::Serverless::SimpleTable": "SimpleTable",
  "AWS::Serverless::StateMachine": "StateMachine",
  "AWS::Serverless::LayerVersion": "LayerVersion"
};
function globalsFor(graph, resource) {
  const key = GLOBALS_KEY[resource.type];
  if (!key) return {};
  const g = graph.globals[key];
  return isObj8(g) ? g : {};
}
function effectiveProperty(graph, resource, key) {
  if (Object.prototype.hasOwnProperty.call(resource.properties, key)) {
    return { value: resource.properties[key], path: [...resource.path, "Properties", key], fromGlobals: false };
  }
  const typeKey = GLOBALS_KEY[resource.type];
  if (!typeKey || !graph.isSam) return null;
  const g = globalsFor(graph, resource);
  if (Object.prototype.hasOwnProperty.call(g, key)) return { value: g[key], path: ["Globals", typeKey, key], fromGlobals: true };
  return null;
}
function effectivePath(graph, resource, keys) {
  const [first2, ...rest] = keys;
  if (first2 === void 0) return null;
  const own = dig(resource.properties[first2], rest);
  if (own !== void 0) return { value: own, path: [...resource.path, "Properties", ...keys], fromGlobals: false };
  const typeKey = GLOBALS_KEY[resource.type];
  if (!typeKey || !graph.isSam) return null;
  const fromGlobals = dig(globalsFor(graph, resource)[first2], rest);
  if (fromGlobals !== void 0) return { value: fromGlobals, path: ["Globals", typeKey, ...keys], fromGlobals: true };
  return null;
}
function dig(v, keys) {
  let cur = v;
  for (const k of keys) {
    if (!isObj8(cur) || intrinsicName(cur) !== null) return void 0;
    cur = cur[k];
  }
  return cur;
}
var cache = /* @__PURE__ */ new WeakMap();
function samApiEvents(graph) {
  const hit = cache.get(graph);
  if (hit) return hit;
  const events = [];
  const byFunction = /* @__PURE__ */ new Map();
  for (const fn of graph.byType("AWS::Serverless::Function")) {
    const evs = fn.properties["Events"];
    if (!isObj8(evs)) continue;
    for (const [eventName, raw] of Object.entries(evs)) {
      if (!isObj8(raw)) continue;
      const type = raw["Type"];
      if (type !== "Api" && type !== "HttpApi") continue;
      const props2 = isObj8(raw["Properties"]) ? raw["Properties"] : {};
      const ref = type === "Api" ? props2["RestApiId"] : props2["ApiId"];
      const ev = {
        functionId: fn.logicalId,
        eventName,
        path: [...fn.path, "Properties", "Events", eventName],
        kind: type === "Api" ? "rest" : "http",
        method: props2["Method"],
        routePath: props2["Path"],
        apiId: refTarget(ref),
        auth: isObj8(props2["Auth"]) ? props2["Auth"] : null
      };
      events.push(ev);
      const list = byFunction.get(fn.logicalId);
      if (list) list.push(ev);
      else byFunction.set(fn.logicalId, [ev]);
    }
  }
  const out = { events, byFunction };
  cache.set(graph, out);
  return out;
}
function refTarget(v) {
  if (!isObj8(v)) return null;
  if (typeof v["Ref"] === "string") return v["Ref"];
  const ga = v["Fn::GetAtt"];
  if (Array.isArray(ga) && typeof ga[0] === "string") return ga[0];
  if (typeof ga === "string") return ga.split(".")[0] ?? null;
  return null;
}

// src/rules/checks/sam.ts
function upper(ctx, v) {
  return ctx.graph.resolver.resolveString(v).map((r) => r.known ? r.value === NO_VALUE ? "" : String(r.value).toUpperCase() : null);
}
var lambdaUrlPublic = (ctx) => {
  const r = ctx.resource;
  if (r.type === "AWS::Lambda::Url") {
    flagProperty(ctx, ["AuthType"], { fails: (v) => looseEquals(v, "NONE"), absent: "pass" });
    return;
  }
  const eff = effectiveProperty(ctx.graph, r, "FunctionUrlConfig");
  if (!eff) return;
  flagProperty(ctx, ["AuthType"], { fails: (v) => looseEquals(v, "NONE"), absent: "pass" }, eff.value, eff.path);
};
var DEPRECATED_RUNTIMES = /* @__PURE__ */ new Map([
  ["nodejs", "2016-10-31"],
  ["nodejs4.3", "2020-03-05"],
  ["nodejs4.3-edge", "2020-03-05"],
  ["nodejs6.10", "2019-08-12"],
  ["nodejs8.10", "2020-03-06"],
  ["nodejs10.x", "2021-07-30"],
  ["nodejs12.x", "2023-03-31"],
  ["nodejs14.x", "2023-12-04"],
  ["nodejs16.x", "2024-06-12"],
  ["nodejs18.x", "2025-09-01"],
  ["nodejs20.x", "2026-04-30"],
  ["python2.7", "2021-07-15"],
  ["python3.6", "2022-07-18"],
  ["python3.7", "2023-12-04"],
  ["python3.8", "2024-10-14"],
  ["python3.9", "2025-12-15"],
  ["python3.10", "2026-06-30"],
  ["ruby2.5", "2021-07-30"],
  ["ruby2.7", "2023-12-07"],
  ["ruby3.2", "2026-03-31"],
  ["java8", "2024-01-08"],
  ["go1.x", "2024-01-08"],
  ["provided", "2024-01-08"],
  ["dotnetcore1.0", "2019-07-30"],
  ["dotnetcore2.0", "2019-05-30"],
  ["dotnetcore2.1", "2022-01-05"],
  ["dotnetcore3.1", "2023-04-03"],
  ["dotnet5.0", "2022-05-10"],
  ["dotnet6", "2024-12-20"],
  ["dotnet7", "2024-05-14"]
]);
var lambdaDeprecatedRuntime = (ctx) => {
  const eff = effectiveProperty(ctx.graph, ctx.resource, "Runtime");
  if (!eff) return;
  const base = eff.path.slice(0, -1);
  flagProperty(
    ctx,
    ["Runtime"],
    { fails: (v) => typeof v === "string" && DEPRECATED_RUNTIMES.has(v.toLowerCase()), absent: "pass" },
    { Runtime: eff.value },
    base
  );
};
var NO_AUTH = "NONE";
var apiGatewayMethodNoAuth = (ctx) => {
  const r = ctx.resource;
  if (r.type === "AWS::ApiGateway::Method") {
    const methods = upper(ctx, r.properties["HttpMethod"]);
    if (methods.length > 0 && methods.every((m) => m === "OPTIONS")) return;
    const apiKey = lookup(ctx.graph.resolver, r.properties, ["ApiKeyRequired"]);
    if (apiKey.length > 0 && apiKey.every((a) => a.state === "value" && looseEquals(a.value, true))) return;
    flagProperty(ctx, ["AuthorizationType"], { fails: (v) => looseEquals(v, NO_AUTH), absent: "fail", data: { method: methods.filter((m) => m !== null).join("|") } });
    return;
  }
  if (r.type !== "AWS::Serverless::Function") return;
  for (const ev of samApiEvents(ctx.graph).byFunction.get(r.logicalId) ?? []) {
    const verdict = eventAuth(ctx, ev);
    if (verdict === "open") ctx.report({ path: ev.path, data: { method: methodText(ev.method), route: typeof ev.routePath === "string" ? ev.routePath : "\u2026", api: ev.apiId ?? (ev.kind === "rest" ? "ServerlessRestApi (implicit)" : "ServerlessHttpApi (implicit)") } });
    else if (verdict !== "auth") ctx.report({ path: ev.path, outcome: "unknown", data: { unknownReason: verdict.unknown, method: methodText(ev.method) } });
  }
};
function methodText(m) {
  return typeof m === "string" ? m.toUpperCase() : "\u2026";
}
function eventAuth(ctx, ev) {
  if (typeof ev.method === "string" && ev.method.toUpperCase() === "OPTIONS") return "auth";
  const api = apiResource(ctx.graph, ev);
  if (api === "missing") return { unknown: "the event\u2019s API is not a Serverless API in this template" };
  const own = ev.auth?.["Authorizer"];
  if (ev.kind === "rest" && ev.auth && looseEquals(ev.auth["ApiKeyRequired"], true)) return "auth";
  if (own !== void 0) {
    const names = upper(ctx, own);
    if (names.includes(null)) return { unknown: "the event\u2019s Auth.Authorizer is not known before deployment" };
    if (names.some((n) => n === NO_AUTH)) return apiKeyDefault(ctx, ev, api) ? "auth" : "open";
    return "auth";
  }
  const def = apiDefault(ctx, ev, api, ["Auth", "DefaultAuthorizer"]);
  if (def !== null) {
    const names = upper(ctx, def);
    if (names.includes(null)) return { unknown: "the API\u2019s Auth.DefaultAuthorizer is not known before deployment" };
    if (names.every((n) => n !== NO_AUTH && n !== "")) return "auth";
  }
  if (apiKeyDefault(ctx, ev, api)) return "auth";
  if (api !== null && hasOpenApiSecurity(api)) return "auth";
  return "open";
}
function apiResource(graph, ev) {
  if (ev.apiId === null) return null;
  const res = graph.resources.get(ev.apiId);
  const want = ev.kind === "rest" ? "AWS::Serverless::Api" : "AWS::Serverless::HttpApi";
  return res && res.type === want ? res : "missing";
}
function apiDefault(ctx, ev, api, keys) {
  if (api) return effectivePath(ctx.graph, api, keys)?.value ?? null;
  const g = ctx.graph.globals[ev.kind === "rest" ? "Api" : "HttpApi"];
  let cur = g;
  for (const k of keys) cur = isObj7(cur) ? cur[k] : void 0;
  return cur ?? null;
}
function apiKeyDefault(ctx, ev, api) {
  return ev.kind === "rest" && looseEquals(apiDefault(ctx, ev, api, ["Auth", "ApiKeyRequired"]), true);
}
function hasOpenApiSecurity(api) {
  const body = api.properties["DefinitionBody"];
  return isObj7(body) && Array.isArray(body["security"]) && body["security"].length > 0;
}
var apiGatewayNoAccessLogs = (ctx) => {
  const r = ctx.resource;
  const report = (property, path2 = [...r.path, "Properties"]) => ctx.report({ path: path2, data: { property, value: "absent" } });
  switch (r.type) {
    case "AWS::ApiGateway::Stage":
      flagProperty(ctx, ["AccessLogSetting"], { fails: () => false, absent: "fail" });
      return;
    case "AWS::ApiGateway::Deployment":
      if (r.properties["StageName"] === void 0) return;
      flagProperty(ctx, ["StageDescription", "AccessLogSetting"], { fails: () => false, absent: "fail" });
      return;
    case "AWS::ApiGatewayV2::Stage":
      flagProperty(ctx, ["AccessLogSettings"], { fails: () => false, absent: "fail" });
      return;
    case "AWS::Serverless::Api":
      if (!effectiveProperty(ctx.graph, r, "AccessLogSetting")) report("AccessLogSetting");
      return;
    case "AWS::Serverless::HttpApi":
      if (!effectiveProperty(ctx.graph, r, "AccessLogSettings")) report("AccessLogSettings");
      return;
  }
};
var samChecks = {
  lambdaUrlPublic,
  lambdaDeprecatedRuntime,
  apiGatewayMethodNoAuth,
  apiGatewayNoAccessLogs
};

// src/model/secrets.ts
var SAFE_DYNAMIC = /\{\{resolve:(secretsmanager|ssm-secure):/;
var PLAIN_SSM = /\{\{resolve:ssm:/;
var PLACEHOLDER2 = /^\s*$/;
function secretExposures(graph, value, conditions = [], depth = 0) {
  if (depth > 20) return [{ kind: "unknown", reason: "value nested too deeply", conditions }];
  if (value === void 0 || value === null) return [];
  if (typeof value === "number" || typeof value === "boolean") return [{ kind: "exposed", exposure: "literal", conditions }];
  if (typeof value === "string") return stringExposure(value, conditions);
  const name = intrinsicName(value);
  if (name === null) return [];
  const arg = value[name];
  switch (name) {
    case "Ref":
      return refExposure(graph, arg, conditions);
    case "Fn::If": {
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== "string") return [{ kind: "unknown", reason: "malformed Fn::If", conditions }];
      const cond2 = arg[0];
      return [
        ...secretExposures(graph, arg[1], [...conditions, { condition: cond2, branch: true }], depth + 1),
        ...secretExposures(graph, arg[2], [...conditions, { condition: cond2, branch: false }], depth + 1)
      ];
    }
    case "Fn::Sub":
      return subExposure(graph, arg, conditions, depth);
    case "Fn::Join": {
      if (!Array.isArray(arg) || arg.length !== 2 || !Array.isArray(arg[1])) return [{ kind: "unknown", reason: "Fn::Join of a computed list", conditions }];
      const parts = arg[1];
      if (parts.some((p) => typeof p === "string" && SAFE_DYNAMIC.test(p))) return [];
      const literalOnly = parts.every((p) => typeof p === "string" || typeof p === "number");
      if (literalOnly) return stringExposure(parts.join(typeof arg[0] === "string" ? arg[0] : ""), conditions);
      return parts.flatMap((p) => typeof p === "string" ? [] : secretExposures(graph, p, conditions, depth + 1));
    }
    case "Fn::GetAtt":
      return [];
    case "Fn::ImportValue":
      return [{ kind: "unknown", reason: "the value is imported from another stack\u2019s outputs", conditions }];
    case "Fn::FindInMap":
      return [{ kind: "exposed", exposure: "literal", conditions }];
    case "Fn::Base64":
      return secretExposures(graph, arg, conditions, depth + 1);
    default:
      return [{ kind: "unknown", reason: `${name} is not evaluated`, conditions }];
  }
}
function stringExposure(text, conditions) {
  if (SAFE_DYNAMIC.test(text)) return [];
  if (PLAIN_SSM.test(text)) return [{ kind: "exposed", exposure: "plain-ssm", conditions }];
  if (PLACEHOLDER2.test(text)) return [];
  return [{ kind: "exposed", exposure: "literal", conditions }];
}
function refExposure(graph, target, conditions) {
  if (typeof target !== "string") return [{ kind: "unknown", reason: "Ref to a non-text name", conditions }];
  if (target === "AWS::NoValue") return [];
  const p = graph.parameters.get(target);
  if (!p) {
    return [];
  }
  if (!p.noEcho) return [{ kind: "exposed", exposure: "parameter-echoed", parameter: target, conditions }];
  if (p.default !== void 0 && p.default !== null && p.default !== "") return [{ kind: "exposed", exposure: "parameter-default", parameter: target, conditions }];
  return [];
}
function subExposure(graph, arg, conditions, depth) {
  const text = Array.isArray(arg) ? arg[0] : arg;
  const vars = Array.isArray(arg) && arg[1] && typeof arg[1] === "object" && !Array.isArray(arg[1]) ? arg[1] : {};
  if (typeof text !== "string") return [{ kind: "unknown", reason: "malformed Fn::Sub", conditions }];
  if (SAFE_DYNAMIC.test(text)) return [];
  const names = [...text.matchAll(/\$\{([^!}][^}]*)\}/g)].map((m) => m[1].trim());
  const literal2 = text.replace(/\$\{[^}]*\}/g, "");
  const out = [];
  if (PLAIN_SSM.test(text)) out.push({ kind: "exposed", exposure: "plain-ssm", conditions });
  for (const n of names) {
    if (Object.prototype.hasOwnProperty.call(vars, n)) out.push(...secretExposures(graph, vars[n], conditions, depth + 1));
    else if (!n.includes(".")) out.push(...refExposure(graph, n, conditions));
  }
  if (out.length === 0 && names.length === 0 && !PLACEHOLDER2.test(literal2)) out.push({ kind: "exposed", exposure: "literal", conditions });
  return out;
}
var SECRET_NAME = /(passw(or)?d|passwd|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|credential|auth[-_]?key)/i;
var NOT_SECRET_NAME = /(arn|name|names|id|ids|url|uri|endpoint|path|region|length|policy|rotation|type|table|bucket|queue|topic|key[-_]?id|ttl|expir|version|parameter|param|secretsmanager|ssm|header|field|hash|version|location|prefix|suffix|count|enabled|required|format|mode|stage|user(name)?$|_env$|file)$/i;
function isSecretName(name) {
  if (!SECRET_NAME.test(name)) return false;
  return !NOT_SECRET_NAME.test(name.replace(/[^A-Za-z0-9_-]/g, ""));
}
var AWS_ACCESS_KEY = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
var PRIVATE_KEY_BLOCK = /-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/;
var KNOWN_TOKEN = /\b(xox[baprs]-[0-9A-Za-z-]{10,}|gh[pousr]_[0-9A-Za-z]{30,}|sk_live_[0-9A-Za-z]{20,})\b/;
function credentialShape(text) {
  if (AWS_ACCESS_KEY.test(text)) return "an AWS access key id";
  if (PRIVATE_KEY_BLOCK.test(text)) return "a private key";
  if (KNOWN_TOKEN.test(text)) return "an API token";
  return null;
}
var SECRET_PROPERTIES = {
  "AWS::RDS::DBInstance": [["MasterUserPassword"]],
  "AWS::RDS::DBCluster": [["MasterUserPassword"]],
  "AWS::DocDB::DBCluster": [["MasterUserPassword"]],
  "AWS::DocDBElastic::Cluster": [["AdminUserPassword"]],
  "AWS::Redshift::Cluster": [["MasterUserPassword"]],
  "AWS::RedshiftServerless::Namespace": [["AdminUserPassword"]],
  "AWS::Lightsail::Database": [["MasterUserPassword"]],
  "AWS::DirectoryService::SimpleAD": [["Password"]],
  "AWS::DirectoryService::MicrosoftAD": [["Password"]],
  "AWS::DMS::Endpoint": [["Password"], ["MongoDbSettings", "Password"]],
  "AWS::Amplify::App": [["AccessToken"], ["OauthToken"], ["BasicAuthConfig", "Password"]],
  "AWS::Amplify::Branch": [["BasicAuthConfig", "Password"]],
  "AWS::Pinpoint::APNSChannel": [["PrivateKey"], ["TokenKey"]],
  "AWS::Pinpoint::APNSSandboxChannel": [["PrivateKey"], ["TokenKey"]],
  "AWS::Pinpoint::APNSVoipChannel": [["PrivateKey"], ["TokenKey"]],
  "AWS::Pinpoint::APNSVoipSandboxChannel": [["PrivateKey"], ["TokenKey"]],
  "AWS::ElastiCache::ReplicationGroup": [["AuthToken"]],
  "AWS::Lambda::Permission": [["EventSourceToken"]],
  "AWS::IAM::User": [["LoginProfile", "Password"]],
  "AWS::AmazonMQ::Broker": [["Users", "*", "Password"]],
  "AWS::AppStream::DirectoryConfig": [["ServiceAccountCredentials", "AccountPassword"]],
  "AWS::OpsWorks::Stack": [["RdsDbInstances", "*", "DbPassword"], ["CustomCookbooksSource", "Password"]],
  "AWS::OpsWorks::App": [["SslConfiguration", "PrivateKey"], ["AppSource", "Password"]],
  "AWS::EMR::Cluster": [
    ["KerberosAttributes", "ADDomainJoinPassword"],
    ["KerberosAttributes", "CrossRealmTrustPrincipalPassword"],
    ["KerberosAttributes", "KdcAdminPassword"]
  ],
  "AWS::KinesisFirehose::DeliveryStream": [["RedshiftDestinationConfiguration", "Password"], ["SplunkDestinationConfiguration", "HECToken"]],
  "AWS::CodePipeline::Webhook": [["AuthenticationConfiguration", "SecretToken"]],
  "AWS::ManagedBlockchain::Member": [["MemberConfiguration", "MemberFrameworkConfiguration", "MemberFabricConfiguration", "AdminPassword"]],
  "AWS::ASK::Skill": [["AuthenticationConfiguration", "ClientSecret"], ["AuthenticationConfiguration", "RefreshToken"]],
  "Alexa::ASK::Skill": [["AuthenticationConfiguration", "ClientSecret"], ["AuthenticationConfiguration", "RefreshToken"]]
};
function valuesAt(root, keys, base) {
  let frontier = [{ path: base, value: root }];
  for (const k of keys) {
    const next = [];
    for (const f of frontier.flatMap(expandIf)) {
      const v = f.value;
      if (k === "*") {
        if (Array.isArray(v)) v.forEach((x, i) => next.push({ path: [...f.path, i], value: x }));
      } else if (v && typeof v === "object" && !Array.isArray(v) && k in v) {
        next.push({ path: [...f.path, k], value: v[k] });
      }
    }
    frontier = next;
  }
  return frontier;
}
function expandIf(f) {
  const v = f.value;
  if (v && typeof v === "object" && !Array.isArray(v) && intrinsicName(v) === "Fn::If") {
    const arg = v["Fn::If"];
    if (Array.isArray(arg) && arg.length === 3) return [1, 2].flatMap((i) => expandIf({ path: [...f.path, "Fn::If", i], value: arg[i] }));
  }
  return [f];
}

// src/rules/checks/secrets.ts
function reportVerdicts(ctx, verdicts, path2, data) {
  const exposed = verdicts.find((v) => v.kind === "exposed");
  if (exposed && exposed.kind === "exposed") {
    ctx.report({ path: path2, conditions: exposed.conditions, data: { ...data, exposure: exposed.exposure, ...exposed.parameter ? { parameter: exposed.parameter } : {} } });
    return true;
  }
  const unknown2 = verdicts.find((v) => v.kind === "unknown");
  if (unknown2 && unknown2.kind === "unknown") {
    ctx.report({ path: path2, outcome: "unknown", conditions: unknown2.conditions, data: { ...data, unknownReason: unknown2.reason } });
    return true;
  }
  return false;
}
var plaintextSecret = (ctx) => {
  const r = ctx.resource;
  for (const keys of SECRET_PROPERTIES[r.type] ?? []) {
    for (const found of valuesAt(r.properties, keys, [...r.path, "Properties"])) {
      reportVerdicts(ctx, secretExposures(ctx.graph, found.value), found.path, { property: keys.filter((k) => k !== "*").join(".") });
    }
  }
};
function noEchoRefs(graph, root, base) {
  const out = [];
  let budget = 5e3;
  const isNoEcho = (n) => graph.parameters.get(n)?.noEcho === true;
  const walk2 = (v, path2, depth) => {
    if (--budget < 0 || depth > 40 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk2(x, [...path2, i], depth + 1));
      return;
    }
    const o = v;
    if (typeof o["Ref"] === "string" && isNoEcho(o["Ref"])) out.push({ name: o["Ref"], path: path2 });
    const sub = o["Fn::Sub"];
    const text = Array.isArray(sub) ? sub[0] : sub;
    if (typeof text === "string") {
      const vars = Array.isArray(sub) && isObj7(sub[1]) ? sub[1] : {};
      for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
        const n = m[1].trim();
        if (!(n in vars) && isNoEcho(n)) out.push({ name: n, path: path2 });
      }
    }
    for (const [k, x] of Object.entries(o)) walk2(x, [...path2, k], depth + 1);
  };
  walk2(root, base, 0);
  return out;
}
var TOOL_METADATA = /* @__PURE__ */ new Set(["aws:cdk:path", "aws:asset:path", "aws:asset:property", "cfn_nag", "cfn-lint", "checkov", "guard", "cfn-audit"]);
var secretInOutputsOrMetadata = (ctx) => {
  const r = ctx.resource;
  for (const [key, value] of Object.entries(r.metadata)) {
    if (TOOL_METADATA.has(key)) continue;
    const hit = noEchoRefs(ctx.graph, value, [...r.path, "Metadata", key])[0];
    if (hit) {
      ctx.report({ path: hit.path, data: { parameter: hit.name, where: "Metadata" } });
      break;
    }
  }
  if (firstResource(ctx.graph) !== r) return;
  for (const [name, out] of Object.entries(ctx.graph.outputs)) {
    if (!isObj7(out)) continue;
    const hit = noEchoRefs(ctx.graph, out["Value"], ["Outputs", name, "Value"])[0];
    if (hit) ctx.report({ path: hit.path, data: { parameter: hit.name, where: `Outputs.${name}` } });
  }
};
var first = /* @__PURE__ */ new WeakMap();
function firstResource(graph) {
  if (!first.has(graph)) first.set(graph, graph.resources.values().next().value);
  return first.get(graph);
}
var REFERENCE_VALUE = /^(arn:|\/|\{\{resolve:|https?:\/\/|s3:\/\/)/;
function judgeVariable(ctx, name, value, path2) {
  if (typeof value === "string") {
    const shape = credentialShape(value);
    if (shape) {
      ctx.report({ path: path2, data: { variable: name, exposure: shape } });
      return;
    }
    if (!isSecretName(name) || value.trim().length < 4 || REFERENCE_VALUE.test(value.trim())) return;
  } else if (typeof value === "number" || typeof value === "boolean" || !isSecretName(name)) return;
  const verdicts = secretExposures(ctx.graph, value).filter((v) => v.kind !== "exposed" || v.exposure !== "parameter-echoed");
  reportVerdicts(ctx, verdicts, path2, { variable: name });
}
function judgeVariableMap(ctx, vars, base, skip = /* @__PURE__ */ new Set()) {
  if (!isObj7(vars)) return;
  for (const [name, value] of Object.entries(vars)) if (!skip.has(name)) judgeVariable(ctx, name, value, [...base, name]);
}
function judgeNameValueList(ctx, list, base, plaintextOnly) {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    if (!isObj7(item) || typeof item["Name"] !== "string") return;
    if (plaintextOnly && item["Type"] !== void 0 && String(item["Type"]).toUpperCase() !== "PLAINTEXT") return;
    judgeVariable(ctx, item["Name"], item["Value"], [...base, i, "Value"]);
  });
}
var secretsInEnvironment = (ctx) => {
  const r = ctx.resource;
  const p = r.properties;
  const props2 = [...r.path, "Properties"];
  switch (r.type) {
    case "AWS::Lambda::Function":
    case "AWS::Serverless::Function": {
      const env = p["Environment"];
      const own = isObj7(env) && isObj7(env["Variables"]) ? env["Variables"] : {};
      judgeVariableMap(ctx, own, [...props2, "Environment", "Variables"]);
      if (r.type === "AWS::Serverless::Function" && ctx.graph.isSam) {
        const genv = globalsFor(ctx.graph, r)["Environment"];
        if (isObj7(genv)) judgeVariableMap(ctx, genv["Variables"], ["Globals", "Function", "Environment", "Variables"], new Set(Object.keys(own)));
      }
      return;
    }
    case "AWS::ECS::TaskDefinition": {
      const defs = p["ContainerDefinitions"];
      if (!Array.isArray(defs)) return;
      defs.forEach((d, i) => {
        if (isObj7(d)) judgeNameValueList(ctx, d["Environment"], [...props2, "ContainerDefinitions", i, "Environment"], false);
      });
      return;
    }
    case "AWS::CodeBuild::Project": {
      const env = p["Environment"];
      if (isObj7(env)) judgeNameValueList(ctx, env["EnvironmentVariables"], [...props2, "Environment", "EnvironmentVariables"], true);
      return;
    }
    case "AWS::SSM::Parameter": {
      const name = p["Name"];
      const last = typeof name === "string" ? name.split("/").filter(Boolean).pop() ?? name : "";
      judgeVariable(ctx, last, p["Value"], [...props2, "Value"]);
      return;
    }
  }
};
var secretChecks = {
  plaintextSecret,
  secretInOutputsOrMetadata,
  secretsInEnvironment
};

// src/rules/checks/index.ts
var builtinChecks = {
  ...securityGroupChecks,
  ...iamChecks,
  ...s3Checks,
  ...computeChecks,
  ...resourcePolicyChecks,
  ...dataChecks,
  ...serviceChecks,
  ...samChecks,
  ...secretChecks
};

// src/core/fingerprint.ts
var import_node_crypto = require("node:crypto");
function fingerprint(ruleId, scope, logicalId, path2, data) {
  const shape = path2.map((p) => typeof p === "number" ? "#" : p).join("/");
  const facts = Object.keys(data).filter((k) => k !== "count" && k !== "unknownReason").sort().map((k) => `${k}=${String(data[k])}`).join("&");
  return (0, import_node_crypto.createHash)("sha256").update(`${ruleId}\0${scope}\0${logicalId}\0${shape}\0${facts}`).digest("hex").slice(0, 32);
}

// src/policy/suppress.ts
var isObj9 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var FOREIGN = [
  { tool: "cfn_nag", list: "rules_to_suppress", reasonKey: "reason" },
  { tool: "checkov", list: "skip", reasonKey: "comment" }
];
function readSuppressions(graph, notices, rules = []) {
  const out = /* @__PURE__ */ new Map();
  const file = graph.template.file;
  for (const res of graph.resources.values()) {
    const block = res.metadata["cfn-audit"];
    if (block === void 0) continue;
    const list = isObj9(block) ? block["suppress"] : void 0;
    if (!Array.isArray(list)) {
      notices.push({ kind: "info", file, logicalId: res.logicalId, message: "Metadata cfn-audit needs a `suppress` list of {rule, reason}; nothing was suppressed" });
      continue;
    }
    const valid = [];
    for (const entry of list) {
      const rule = isObj9(entry) ? entry["rule"] ?? entry["id"] : void 0;
      const reason = isObj9(entry) ? entry["reason"] : void 0;
      if (typeof rule !== "string" || rule === "") {
        notices.push({ kind: "info", file, logicalId: res.logicalId, message: "a cfn-audit suppression without `rule` was ignored" });
      } else if (typeof reason !== "string" || reason.trim() === "") {
        notices.push({ kind: "suppression-without-reason", file, logicalId: res.logicalId, ruleId: rule, message: `the suppression of ${rule} on ${res.logicalId} has no reason, so it does not apply` });
      } else valid.push({ rule, reason: reason.trim() });
    }
    if (valid.length) out.set(res.logicalId, [...out.get(res.logicalId) ?? [], ...valid]);
  }
  if (rules.length) readForeignSuppressions(graph, rules, notices, out);
  return out;
}
function readForeignSuppressions(graph, rules, notices, out) {
  const file = graph.template.file;
  for (const res of graph.resources.values()) {
    for (const { tool, list, reasonKey } of FOREIGN) {
      const block = res.metadata[tool];
      const entries = isObj9(block) ? block[list] : void 0;
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        const id = isObj9(entry) ? entry["id"] : void 0;
        if (typeof id !== "string" || id === "") continue;
        const ours = rules.filter((r) => r.equivalents[tool].includes(id));
        if (ours.length === 0) continue;
        const reason = isObj9(entry) ? entry[reasonKey] : void 0;
        if (typeof reason !== "string" || reason.trim() === "") {
          notices.push({
            kind: "suppression-without-reason",
            file,
            logicalId: res.logicalId,
            ruleId: ours[0].id,
            message: `the ${tool} suppression of ${id} on ${res.logicalId} has no ${reasonKey}, so it does not apply to ${ours.map((r) => r.id).join(", ")}`
          });
          continue;
        }
        const list2 = out.get(res.logicalId) ?? [];
        for (const r of ours) list2.push({ rule: r.id, reason: `${tool} ${id}: ${reason.trim()}` });
        out.set(res.logicalId, list2);
      }
    }
  }
}
function applySuppressions(findings, suppressions) {
  if (suppressions.size === 0) return [...findings];
  return findings.map((f) => {
    const s = suppressions.get(f.logicalId)?.find((x) => x.rule === f.ruleId || x.rule === "*");
    return s && f.status === "active" ? { ...f, status: "suppressed", reason: s.reason } : f;
  });
}

// src/policy/verdict.ts
var DEFAULT_THRESHOLDS = { approval: 5, fail: 10 };
var ORDER = { pass: 0, "manual-approval": 1, fail: 2 };
function counts(f, countUnknown) {
  return f.status === "active" && (f.outcome === "fail" || countUnknown);
}
function score(findings, countUnknown) {
  let s = 0;
  for (const f of findings) if (counts(f, countUnknown)) s += f.risk;
  return s;
}
function decide(total, t) {
  if (total >= t.fail) return "fail";
  if (total >= t.approval) return "manual-approval";
  return "pass";
}
function worst(decisions) {
  let w = "pass";
  for (const d of decisions) if (ORDER[d] > ORDER[w]) w = d;
  return w;
}
function statusCounts(findings) {
  const c = { active: 0, suppressed: 0, excepted: 0, baselined: 0, unknown: 0 };
  for (const f of findings) {
    c[f.status]++;
    if (f.outcome === "unknown") c.unknown++;
  }
  return c;
}

// src/core/version.ts
var VERSION = "0.1.0";

// src/core/audit.ts
var Auditor = class {
  constructor(options) {
    this.options = options;
    this.index = new RuleIndex(compileRules(options.rules, options.checks ?? builtinChecks));
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.countUnknown = options.countUnknown ?? false;
  }
  options;
  index;
  thresholds;
  countUnknown;
  /** Audit one source. `skip` when a discovered (not explicitly named) file is not a template. */
  auditSource(source) {
    const parsed = parseTemplate(source);
    if (!parsed.ok) {
      if (!source.explicit && !looksLikeTemplate(source.text)) return { skip: true };
      return { error: parsed.error };
    }
    const template = parsed.template;
    const body = template.body;
    if (!("Resources" in body) && !("AWSTemplateFormatVersion" in body)) {
      if (!source.explicit) return { skip: true };
      return { error: { file: source.file, line: 1, column: 1, message: "not a CloudFormation template: no Resources section and no AWSTemplateFormatVersion" } };
    }
    let graph;
    try {
      graph = buildGraph(template, this.options.parameters ?? {});
    } catch (e) {
      if (e instanceof TemplateShapeError) {
        const pos = template.locate(e.path);
        return { error: { file: source.file, line: pos.line, column: pos.column, message: e.message } };
      }
      throw e;
    }
    const raw = dropRedundantUnknowns(evaluate(graph, this.index));
    const scope = template.stackName ?? template.file;
    const seen = /* @__PURE__ */ new Set();
    let findings = [];
    for (const r of raw) {
      const fp = fingerprint(r.ruleId, scope, r.logicalId, r.path, r.data);
      if (seen.has(fp)) continue;
      seen.add(fp);
      const pos = template.locate(r.path);
      const res = graph.resources.get(r.logicalId);
      findings.push({
        ...r,
        status: "active",
        reason: null,
        file: template.file,
        stackName: template.stackName,
        line: pos.line,
        column: pos.column,
        cdkPath: res?.cdkPath ?? null,
        fingerprint: fp,
        snippet: template.lineText(pos.line).slice(0, 300)
      });
    }
    const notices = [];
    findings = applySuppressions(findings, readSuppressions(graph, notices, this.options.rules));
    if (this.options.refine) findings = this.options.refine(findings, graph, notices);
    findings.sort(compareFindings2);
    return { stack: this.stackReport(template.file, template.stackName, template.origin, template.parents, findings), notices };
  }
  stackReport(file, name, origin, parents, findings) {
    const total = score(findings, this.countUnknown);
    return {
      file,
      name,
      origin,
      parents,
      score: total,
      decision: decide(total, this.thresholds),
      thresholds: this.thresholds,
      counts: statusCounts(findings),
      findings
    };
  }
};
function dropRedundantUnknowns(raw) {
  const best = /* @__PURE__ */ new Map();
  const key = (r) => `${r.logicalId}\0${r.path.join("/")}\0${String(r.data["unknownReason"] ?? "")}\0${JSON.stringify(r.conditions)}`;
  for (const r of raw) {
    if (r.outcome !== "unknown") continue;
    const k = key(r);
    const prev = best.get(k);
    if (!prev || r.risk > prev.risk) best.set(k, r);
  }
  return raw.filter((r) => r.outcome !== "unknown" || best.get(key(r)) === r);
}
function compareFindings2(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : 0);
}
function looksLikeTemplate(text) {
  return /^\uFEFF?\s*(Resources|AWSTemplateFormatVersion)\s*:/m.test(text) || /"(Resources|AWSTemplateFormatVersion)"\s*:/.test(text.slice(0, 2e4));
}
function addResult(out, r) {
  if ("skip" in r) out.skipped++;
  else if ("error" in r) out.errors.push(r.error);
  else {
    out.stacks.push(r.stack);
    out.notices.push(...r.notices);
  }
}
function buildReport(run2, rules) {
  const used = /* @__PURE__ */ new Set();
  for (const s of run2.stacks) for (const f of s.findings) used.add(f.ruleId);
  return {
    tool: { name: "cfn-audit", version: VERSION },
    decision: run2.errors.length > 0 ? "fail" : worst(run2.stacks.map((s) => s.decision)),
    stacks: run2.stacks,
    errors: run2.errors,
    notices: run2.notices,
    rules: rules.filter((r) => used.has(r.id)),
    skipped: run2.skipped
  };
}

// src/policy/config.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/policy/config-schema.ts
var RULE_ID = "^(\\*|[A-Za-z][A-Za-z0-9_-]*)$";
var ruleSetting = {
  description: "`off` or `on` (or false / true), or `{ risk: N }` to keep the rule on with another risk (1\u201310).",
  oneOf: [
    { type: "string", enum: ["off", "on"] },
    { type: "boolean" },
    {
      type: "object",
      properties: { risk: { type: "integer", minimum: 1, maximum: 10, description: "Risk this rule adds to the score, 1\u201310." } },
      required: ["risk"],
      additionalProperties: false
    }
  ]
};
var ruleSettings = {
  type: "object",
  description: "Rule id \u2192 off | on | { risk: N }.",
  additionalProperties: ruleSetting
};
var thresholds = {
  type: "object",
  description: "Score from which a stack needs manual approval, and from which it fails.",
  properties: {
    approval: { type: "integer", minimum: 0, description: "Manual approval from this score (default 5)." },
    fail: { type: "integer", minimum: 0, description: "Fail from this score (default 10)." }
  },
  additionalProperties: false
};
var profile = {
  type: "object",
  description: "A named policy, chosen with --profile or the top-level `profile` key.",
  properties: {
    extends: { type: "string", minLength: 1, description: "Profile this one starts from: a built-in (default, strict) or another config profile. Default: the built-in of the same name, else `default`." },
    thresholds,
    countUnknown: { type: "boolean", description: "Unknown (unresolved) findings count toward the score." },
    advisoryRules: { type: "boolean", description: "Run the advisory rules that are off by default (as --all-rules)." },
    rules: ruleSettings
  },
  additionalProperties: false
};
var exception = {
  type: "object",
  description: "An accepted finding: it gets status `excepted` with the reason and does not count.",
  properties: {
    rule: { type: "string", pattern: RULE_ID, description: 'Rule id, or "*" for every rule.' },
    resource: { type: "string", minLength: 1, description: 'minimatch glob over "file#LogicalId" or over the CDK construct path.' },
    tags: {
      type: "object",
      description: "Resource tags (Properties.Tags) that must all match.",
      additionalProperties: { type: "string" }
    },
    reason: { type: "string", minLength: 1, description: "Why this is accepted (required)." },
    expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD: the exception applies through this day (UTC) and is reported as expired after it." }
  },
  required: ["rule", "reason"],
  additionalProperties: false
};
var CONFIG_SCHEMA = {
  type: "object",
  description: "cfn-audit configuration (.cfn-audit.yml)",
  properties: {
    profile: { type: "string", minLength: 1, description: "Profile used when --profile is not given." },
    profiles: { type: "object", description: "Profiles by name; `default` and `strict` are built in and may be overridden.", additionalProperties: profile },
    rules: ruleSettings,
    rulePaths: { type: "array", description: "Rule directories or files, relative to this file (as --rules).", items: { type: "string", minLength: 1 } },
    exceptions: { type: "array", description: "Accepted findings, each with a reason and an optional expiry date.", items: exception }
  },
  additionalProperties: false
};

// src/policy/validate.ts
var isObj10 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function describe2(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${String(v)}`;
}
function expected(s) {
  if ("oneOf" in s) return s.oneOf.map(expected).join(", or ");
  switch (s.type) {
    case "string":
      return s.enum ? s.enum.map((e) => JSON.stringify(e)).join(" or ") : "a string";
    case "integer":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
      return s.properties && s.required?.length ? `a mapping with ${s.required.join(", ")}` : "a mapping";
    default: {
      const never = s;
      return never;
    }
  }
}
function validate(schema, value, path2 = []) {
  const bad = (message) => ({ path: path2, atKey: false, message });
  if ("oneOf" in schema) {
    const issues = schema.oneOf.map((s) => validate(s, value, path2));
    if (issues.some((i) => i === null)) return null;
    const sameShape = schema.oneOf.findIndex((s) => "type" in s && (s.type === "object" ? isObj10(value) : s.type === "string" ? typeof value === "string" : false));
    const specific = sameShape >= 0 ? issues[sameShape] : void 0;
    return specific ?? bad(`expected ${expected(schema)}, got ${describe2(value)}`);
  }
  switch (schema.type) {
    case "string": {
      if (typeof value !== "string") return bad(`expected ${expected(schema)}, got ${describe2(value)}`);
      if (schema.enum && !schema.enum.includes(value)) return bad(`expected ${expected(schema)}, got ${describe2(value)}`);
      if (schema.minLength !== void 0 && value.length < schema.minLength) return bad("must not be empty");
      if (schema.pattern !== void 0 && !new RegExp(schema.pattern).test(value)) return bad(`${describe2(value)} does not match ${schema.pattern}`);
      return null;
    }
    case "integer": {
      if (typeof value !== "number" || !Number.isInteger(value)) return bad(`expected ${expected(schema)}, got ${describe2(value)}`);
      if (schema.minimum !== void 0 && value < schema.minimum) return bad(`must be at least ${schema.minimum}, got ${value}`);
      if (schema.maximum !== void 0 && value > schema.maximum) return bad(`must be at most ${schema.maximum}, got ${value}`);
      return null;
    }
    case "boolean":
      return typeof value === "boolean" ? null : bad(`expected ${expected(schema)}, got ${describe2(value)}`);
    case "array": {
      if (!Array.isArray(value)) return bad(`expected ${expected(schema)}, got ${describe2(value)}`);
      for (let i = 0; i < value.length; i++) {
        const issue2 = validate(schema.items, value[i], [...path2, i]);
        if (issue2) return issue2;
      }
      return null;
    }
    case "object": {
      if (!isObj10(value)) return bad(`expected ${expected(schema)}, got ${describe2(value)}`);
      const props2 = schema.properties ?? {};
      for (const key of Object.keys(value)) {
        const sub = props2[key] ?? (schema.additionalProperties === false ? void 0 : schema.additionalProperties);
        if (!sub) {
          const known2 = Object.keys(props2);
          return { path: [...path2, key], atKey: true, message: `unknown key "${key}"${known2.length ? ` (expected one of: ${known2.join(", ")})` : ""}` };
        }
        const issue2 = validate(sub, value[key], [...path2, key]);
        if (issue2) return issue2;
      }
      for (const key of schema.required ?? []) if (!(key in value)) return bad(`missing required key "${key}"`);
      return null;
    }
    default: {
      const never = schema;
      return never;
    }
  }
}

// src/policy/config.ts
var CONFIG_FILE_NAMES = [".cfn-audit.yml", ".cfn-audit.yaml"];
var ConfigError = class extends Error {
  constructor(file, line, column, key, problem) {
    super(`${file}${line !== null ? `:${line}:${column ?? 1}` : ""}: ${key ? `${key}: ` : ""}${problem}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.key = key;
    this.problem = problem;
  }
  file;
  line;
  column;
  key;
  problem;
};
function keyName(path2) {
  let s = "";
  for (const p of path2) s += typeof p === "number" ? `[${p}]` : s === "" ? p : `.${p}`;
  return s;
}
function parseConfig(text, file) {
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const first2 = doc.errors[0];
  if (first2) {
    const pos = first2.linePos?.[0];
    throw new ConfigError(file, pos?.line ?? null, pos?.col ?? null, null, `cannot parse YAML: ${first2.message.split("\n")[0]}`);
  }
  const locate = (path2, atKey = false) => nodePosition(doc, lines, path2, atKey);
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    throw new ConfigError(file, 1, 1, null, e instanceof Error ? e.message : String(e));
  }
  const issue2 = validate(CONFIG_SCHEMA, value);
  if (issue2) {
    const pos = locate(issue2.path, issue2.atKey);
    throw new ConfigError(file, pos.line, pos.column, issue2.path.length ? keyName(issue2.path) : null, issue2.message);
  }
  return { file, config: value, locate };
}
function nodePosition(doc, lines, path2, atKey) {
  for (let n = path2.length; n >= 0; n--) {
    const sub = path2.slice(0, n);
    if (atKey && n === path2.length && sub.length > 0) {
      const parent = doc.getIn(sub.slice(0, -1), true);
      const key = sub[sub.length - 1];
      if ((0, import_yaml2.isMap)(parent)) {
        const pair2 = parent.items.find((p) => ((0, import_yaml2.isScalar)(p.key) ? p.key.value : p.key) === key);
        const range3 = pair2 && (0, import_yaml2.isScalar)(pair2.key) ? pair2.key.range : void 0;
        if (range3) return toPosition(lines, range3[0]);
      }
      continue;
    }
    const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    const range2 = node && typeof node === "object" && "range" in node ? node.range : void 0;
    if (range2) return toPosition(lines, range2[0]);
  }
  return { line: 1, column: 1 };
}
function toPosition(lines, offset) {
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}

// src/policy/profiles.ts
var BUILTIN_PROFILES = {
  default: { name: "default", thresholds: { approval: 5, fail: 10 }, countUnknown: false, advisoryRules: false, rules: /* @__PURE__ */ new Map() },
  strict: { name: "strict", thresholds: { approval: 5, fail: 10 }, countUnknown: true, advisoryRules: true, rules: /* @__PURE__ */ new Map() }
};
var UnknownProfileError = class extends Error {
  constructor(profile2, known2) {
    super(`unknown profile "${profile2}"; known profiles: ${known2.join(", ")}`);
    this.profile = profile2;
    this.known = known2;
  }
  profile;
  known;
};
function profileNames(config) {
  return [.../* @__PURE__ */ new Set([...Object.keys(BUILTIN_PROFILES), ...Object.keys(config?.config.profiles ?? {})])];
}
function toOverride(s) {
  if (s === "on" || s === true) return { enabled: true };
  if (s === "off" || s === false) return { enabled: false };
  return { enabled: true, risk: s.risk };
}
function resolveProfile(config, requested, catalogue) {
  const cfg = config?.config;
  if (config) checkRuleIds(config, new Set(catalogue.map((r) => r.id)));
  const known2 = profileNames(config);
  const name = requested ?? cfg?.profile ?? "default";
  if (!known2.includes(name)) {
    if (requested === null && config) {
      const pos = config.locate(["profile"]);
      throw new ConfigError(config.file, pos.line, pos.column, "profile", `unknown profile "${name}"; known profiles: ${known2.join(", ")}`);
    }
    throw new UnknownProfileError(name, known2);
  }
  const chain = [];
  const build2 = (n) => {
    const own = cfg?.profiles?.[n];
    const builtin2 = BUILTIN_PROFILES[n];
    if (!own) {
      if (builtin2) return builtin2;
      throw new UnknownProfileError(n, known2);
    }
    if (chain.includes(n)) {
      const pos = config.locate(["profiles", n, "extends"]);
      throw new ConfigError(config.file, pos.line, pos.column, `profiles.${n}.extends`, `profiles extend each other in a cycle: ${[...chain, n].join(" \u2192 ")}`);
    }
    chain.push(n);
    let base;
    if (own.extends !== void 0) {
      if (!known2.includes(own.extends)) {
        const pos = config.locate(["profiles", n, "extends"]);
        throw new ConfigError(config.file, pos.line, pos.column, `profiles.${n}.extends`, `unknown profile "${own.extends}"; known profiles: ${known2.join(", ")}`);
      }
      base = own.extends === n ? builtin2 ?? BUILTIN_PROFILES["default"] : build2(own.extends);
    } else base = builtin2 ?? BUILTIN_PROFILES["default"];
    chain.pop();
    const rules2 = new Map(base.rules);
    for (const [id, s] of Object.entries(own.rules ?? {})) rules2.set(id, toOverride(s));
    return {
      name: n,
      thresholds: { approval: own.thresholds?.approval ?? base.thresholds.approval, fail: own.thresholds?.fail ?? base.thresholds.fail },
      countUnknown: own.countUnknown ?? base.countUnknown,
      advisoryRules: own.advisoryRules ?? base.advisoryRules,
      rules: rules2
    };
  };
  const p = build2(name);
  if (p.thresholds.approval > p.thresholds.fail) {
    const pos = config.locate(["profiles", name, "thresholds"]);
    throw new ConfigError(config.file, pos.line, pos.column, `profiles.${name}.thresholds`, `approval (${p.thresholds.approval}) must not be above fail (${p.thresholds.fail})`);
  }
  const rules = /* @__PURE__ */ new Map();
  for (const [id, s] of Object.entries(cfg?.rules ?? {})) rules.set(id, toOverride(s));
  for (const [id, o] of p.rules) rules.set(id, o);
  return { ...p, rules };
}
function checkRuleIds(config, ids) {
  const cfg = config.config;
  const check = (id, path2, atKey) => {
    if (id === "*" || ids.has(id)) return;
    const pos = config.locate(path2, atKey);
    const near = [...ids].filter((k) => k.toLowerCase() === id.toLowerCase());
    throw new ConfigError(config.file, pos.line, pos.column, keyName(path2), `unknown rule id "${id}"${near.length ? ` (did you mean ${near[0]}?)` : ""}; run \`cfn-audit rules\` for the list`);
  };
  const setting = (id, path2) => {
    if (id === "*") {
      const pos = config.locate(path2, true);
      throw new ConfigError(config.file, pos.line, pos.column, keyName(path2), '"*" is only for exceptions; name each rule to switch it on or off');
    }
    check(id, path2, true);
  };
  for (const id of Object.keys(cfg.rules ?? {})) setting(id, ["rules", id]);
  for (const [name, p] of Object.entries(cfg.profiles ?? {})) for (const id of Object.keys(p.rules ?? {})) setting(id, ["profiles", name, "rules", id]);
  (cfg.exceptions ?? []).forEach((e, i) => check(e.rule, ["exceptions", i, "rule"], false));
}
function rulesForProfile(catalogue, profile2) {
  const out = [];
  for (const r of catalogue) {
    const o = profile2.rules.get(r.id);
    const on = o?.enabled ?? (r.enabled || profile2.advisoryRules);
    if (!on) continue;
    out.push(o?.risk !== void 0 ? { ...r, risk: o.risk, enabled: true } : r);
  }
  return out;
}

// src/policy/exceptions.ts
init_esm4();
var isObj11 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function isoDay(now) {
  return now.toISOString().slice(0, 10);
}
var ExceptionSet = class {
  constructor(config, options) {
    this.options = options;
    this.file = config.file;
    const today = isoDay(options.now);
    this.entries = (config.config.exceptions ?? []).map((spec, index2) => {
      const pos = config.locate(["exceptions", index2]);
      if (spec.expires !== void 0) {
        const d = /* @__PURE__ */ new Date(`${spec.expires}T00:00:00Z`);
        if (Number.isNaN(d.getTime()) || isoDay(d) !== spec.expires) {
          const at = config.locate(["exceptions", index2, "expires"]);
          throw new ConfigError(config.file, at.line, at.column, `exceptions[${index2}].expires`, `"${spec.expires}" is not a calendar date (YYYY-MM-DD)`);
        }
      }
      return { spec, index: index2, line: pos.line, expired: spec.expires !== void 0 && today > spec.expires, matched: 0 };
    });
  }
  options;
  entries;
  file;
  get size() {
    return this.entries.length;
  }
  /** Findings of one stack with matching active ones marked `excepted`. */
  apply(findings, graph) {
    if (this.entries.length === 0) return [...findings];
    return findings.map((f) => {
      if (f.status !== "active") return f;
      for (const e of this.entries) {
        if (!this.matches(e.spec, f, graph)) continue;
        e.matched++;
        if (e.expired) continue;
        return { ...f, status: "excepted", reason: e.spec.reason };
      }
      return f;
    });
  }
  matches(spec, f, graph) {
    if (spec.rule !== "*" && spec.rule !== f.ruleId) return false;
    if (spec.resource !== void 0) {
      const targets = [`${f.file}#${f.logicalId}`];
      const key = this.options.fileKey?.(f.file);
      if (key !== void 0 && key !== f.file) targets.push(`${key}#${f.logicalId}`);
      if (f.cdkPath) targets.push(f.cdkPath);
      if (!targets.some((t) => minimatch(t, spec.resource, { dot: true }))) return false;
    }
    if (spec.tags !== void 0) {
      const res = graph.resources.get(f.logicalId);
      if (!res) return false;
      const tags = readTags(res.properties["Tags"], (v) => {
        const alts = graph.resolver.resolveString(v);
        const first2 = alts[0];
        return first2 && first2.known && typeof first2.value === "string" && alts.every((a) => a.known && a.value === first2.value) ? first2.value : null;
      });
      for (const [k, v] of Object.entries(spec.tags)) if (tags.get(k) !== v) return false;
    }
    return true;
  }
  /** Expired exceptions and, among the live ones, those that matched nothing in the run. */
  notices() {
    const out = [];
    for (const e of this.entries) {
      const what = `exception ${e.index + 1} (line ${e.line}, rule ${e.spec.rule}${e.spec.resource ? `, resource ${e.spec.resource}` : ""})`;
      if (e.expired) {
        out.push({
          kind: "exception-expired",
          file: this.file,
          ruleId: e.spec.rule,
          message: `${what} expired on ${e.spec.expires}; it no longer applies${e.matched ? ` (${e.matched} finding${e.matched === 1 ? "" : "s"} would have matched)` : ""}`
        });
      } else if (e.matched === 0) {
        out.push({ kind: "exception-unused", file: this.file, ruleId: e.spec.rule, message: `${what} matched no finding; remove it if the issue is fixed` });
      }
    }
    return out;
  }
};
function readTags(tags, text) {
  const out = /* @__PURE__ */ new Map();
  if (Array.isArray(tags)) {
    for (const t of tags) {
      if (!isObj11(t)) continue;
      const k = text(t["Key"]);
      const v = text(t["Value"]);
      if (k !== null && v !== null) out.set(k, v);
    }
  } else if (isObj11(tags)) {
    for (const [k, raw] of Object.entries(tags)) {
      const v = text(raw);
      if (v !== null) out.set(k, v);
    }
  }
  return out;
}

// src/policy/baseline.ts
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.file = file;
  }
  file;
};
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function makeBaseline(stacks, now) {
  const byFp = /* @__PURE__ */ new Map();
  for (const s of stacks) {
    for (const f of s.findings) {
      if (f.status !== "active" && f.status !== "baselined") continue;
      if (!byFp.has(f.fingerprint)) byFp.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, stack: f.stackName, logicalId: f.logicalId });
    }
  }
  const findings = [...byFp.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.stack ?? "", b.stack ?? "") || cmp(a.logicalId, b.logicalId) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint)
  );
  return { version: BASELINE_VERSION, generated: now.toISOString(), findings };
}
function formatBaseline(b) {
  return JSON.stringify(b, null, 2) + "\n";
}
var isObj12 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function parseBaseline(text, file) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(file, `not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObj12(doc) || !Array.isArray(doc["findings"])) throw new BaselineError(file, 'not a cfn-audit baseline: expected {"version", "findings": [...]} (write one with --write-baseline)');
  if (doc["version"] !== BASELINE_VERSION) throw new BaselineError(file, `baseline version ${String(doc["version"])} is not supported (expected ${BASELINE_VERSION})`);
  const out = /* @__PURE__ */ new Set();
  doc["findings"].forEach((e, i) => {
    const fp = isObj12(e) ? e["fingerprint"] : void 0;
    if (typeof fp !== "string" || fp === "") throw new BaselineError(file, `findings[${i}] has no fingerprint`);
    out.add(fp);
  });
  return out;
}
function applyBaseline(findings, known2, reason) {
  let matched = 0;
  const out = findings.map((f) => {
    if (f.status !== "active" || !known2.has(f.fingerprint)) return f;
    matched++;
    return { ...f, status: "baselined", reason };
  });
  return { findings: out, matched };
}

// src/policy/diff.ts
var isObj13 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var oneLine = (s) => s.replace(/\s*\n\s*/g, ", ").trim();
function securityChanges(cfd, oldBody, newBody) {
  const whole = cfd.fullDiff(structuredClone(oldBody), structuredClone(newBody));
  const oldRes = isObj13(oldBody["Resources"]) ? oldBody["Resources"] : {};
  const newRes = isObj13(newBody["Resources"]) ? newBody["Resources"] : {};
  const security = whole.iamChanges.hasChanges || whole.securityGroupChanges.hasChanges;
  const out = [];
  for (const id of whole.resources.logicalIds) {
    const r = whole.resources.get(id);
    if (!r) continue;
    const resourceType = r.resourceType;
    if (r.isRemoval) {
      out.push({ kind: "resource-removed", logicalId: id, resourceType, detail: "" });
      continue;
    }
    if (r.isUpdate && r.changeImpact === "WILL_REPLACE") {
      const props2 = Object.entries(r.propertyUpdates).filter(([, p]) => p.changeImpact === "WILL_REPLACE").map(([k]) => k).sort();
      out.push({ kind: "resource-replaced", logicalId: id, resourceType, detail: props2.join(", ") });
    }
    if (!security || !(r.isAddition || r.isUpdate)) continue;
    const one = cfd.fullDiff(
      { Resources: oldRes[id] === void 0 ? {} : { [id]: structuredClone(oldRes[id]) } },
      { Resources: newRes[id] === void 0 ? {} : { [id]: structuredClone(newRes[id]) } }
    );
    for (const st of one.iamChanges.statements.additions) {
      const x = st.render();
      const parts = [x.effect, oneLine(x.action), "on", oneLine(x.resource)];
      if (x.principal) parts.push("principal", oneLine(x.principal));
      if (x.condition) parts.push("when", oneLine(x.condition));
      out.push({ kind: "iam-statement-added", logicalId: id, resourceType, detail: parts.join(" ") });
    }
    for (const mp of one.iamChanges.managedPolicies.additions) {
      out.push({ kind: "managed-policy-added", logicalId: id, resourceType, detail: `${mp.managedPolicyArn} on ${mp.identityArn}` });
    }
    for (const [direction, rules] of [["ingress", one.securityGroupChanges.ingress.additions], ["egress", one.securityGroupChanges.egress.additions]]) {
      for (const rule of rules) {
        out.push({ kind: "security-group-rule-added", logicalId: id, resourceType, detail: `${direction} ${rule.describeProtocol()} ${direction === "ingress" ? "from" : "to"} ${rule.describePeer()}` });
      }
    }
  }
  return out.sort((a, b) => a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}
function pairSources(current, base, rel) {
  const out = /* @__PURE__ */ new Map();
  const byStack = /* @__PURE__ */ new Map();
  const byRel = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const b of base) {
    if (b.stackName) byStack.set(b.stackName, b);
    byRel.set(rel("base", b.file), b);
    const name = basename(b.file);
    byName.set(name, [...byName.get(name) ?? [], b]);
  }
  for (const c of current) {
    let match2;
    if (c.stackName) match2 = byStack.get(c.stackName);
    else {
      match2 = byRel.get(rel("current", c.file));
      const same = byName.get(basename(c.file));
      if (!match2 && same?.length === 1) match2 = same[0];
      if (!match2 && current.length === 1 && base.length === 1) match2 = base[0];
    }
    if (match2) out.set(c.file, { ...match2, file: c.file, stackName: c.stackName ?? null, explicit: true });
  }
  return out;
}
function basename(p) {
  const i = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"));
  return i >= 0 ? p.slice(i + 1) : p;
}

// src/load/discover.ts
var import_promises2 = require("node:fs/promises");
var import_node_path4 = require("node:path");
var TEMPLATE_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json", ".template"]);
var IGNORED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", ".aws-sam", ".serverless", ".terraform"]);
var MAX_FILE_BYTES = 50 * 1024 * 1024;
function displayPath(path2, cwd) {
  const rel = (0, import_node_path4.relative)(cwd, path2);
  const shown = rel === "" ? "." : (0, import_node_path4.isAbsolute)(rel) ? path2 : rel;
  return shown.split(import_node_path4.sep).join("/");
}
function decode(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return "\0";
  return new TextDecoder("utf-8", { fatal: false }).decode(buf);
}
async function readSource(path2, cwd, explicit) {
  const file = displayPath(path2, cwd);
  try {
    const info2 = await (0, import_promises2.stat)(path2);
    if (info2.size > MAX_FILE_BYTES) return { file, line: null, column: null, message: `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    const buf = await (0, import_promises2.readFile)(path2);
    return { file, text: decode(buf), explicit };
  } catch (e) {
    return { file, line: null, column: null, message: `cannot read the file: ${e.code ?? e.message}` };
  }
}
async function* walk(dir) {
  let entries;
  try {
    entries = await (0, import_promises2.readdir)(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const p = (0, import_node_path4.join)(dir, e.name);
    if (e.isDirectory()) {
      if (IGNORED_DIRS.has(e.name) || e.name.startsWith("asset.")) continue;
      if (await isAssembly(p)) {
        yield `assembly:${p}`;
        continue;
      }
      yield* walk(p);
    } else if (e.isFile() && TEMPLATE_EXTENSIONS.has((0, import_node_path4.extname)(e.name).toLowerCase())) yield p;
  }
}
async function isAssembly(p) {
  const { isCloudAssembly: isCloudAssembly2 } = await Promise.resolve().then(() => (init_cdk_assembly(), cdk_assembly_exports));
  return isCloudAssembly2(p);
}
async function readAssembly2(p, cwd) {
  const { readCloudAssembly: readCloudAssembly2 } = await Promise.resolve().then(() => (init_cdk_assembly(), cdk_assembly_exports));
  const r = await readCloudAssembly2(p, { cwd });
  return { sources: r.sources, errors: r.errors };
}
async function discover(inputs, opts) {
  const out = { sources: [], errors: [] };
  const seen = /* @__PURE__ */ new Set();
  const add = (d) => {
    for (const s of d.sources) if (!seen.has(s.file)) seen.add(s.file), out.sources.push(s);
    out.errors.push(...d.errors);
  };
  for (const input of inputs) {
    if (input === "-") {
      if (!opts.readStdin) {
        out.errors.push({ file: "-", line: null, column: null, message: "standard input is not available here" });
        continue;
      }
      add({ sources: [{ file: "<stdin>", text: await opts.readStdin(), explicit: true }], errors: [] });
      continue;
    }
    const abs = (0, import_node_path4.resolve)(opts.cwd, input);
    let info2;
    try {
      info2 = await (0, import_promises2.stat)(abs);
    } catch {
      const globbed = /[*?[{]/.test(input) ? await expandGlob(input, opts.cwd) : null;
      if (globbed && globbed.length) {
        for (const p of globbed) {
          const s = await readSource(p, opts.cwd, false);
          add("text" in s ? { sources: [s], errors: [] } : { sources: [], errors: [s] });
        }
      } else out.errors.push({ file: input, line: null, column: null, message: globbed ? "the pattern matches no file" : "no such file or directory" });
      continue;
    }
    if (info2.isDirectory()) {
      if (await isAssembly(abs)) {
        add(await readAssembly2(abs, opts.cwd));
        continue;
      }
      for await (const p of walk(abs)) {
        if (p.startsWith("assembly:")) add(await readAssembly2(p.slice(9), opts.cwd));
        else {
          const s = await readSource(p, opts.cwd, false);
          add("text" in s ? { sources: [s], errors: [] } : { sources: [], errors: [s] });
        }
      }
    } else if (input.endsWith("manifest.json") && await isAssembly(abs)) {
      add(await readAssembly2(abs, opts.cwd));
    } else {
      const s = await readSource(abs, opts.cwd, true);
      add("text" in s ? { sources: [s], errors: [] } : { sources: [], errors: [s] });
    }
  }
  return out;
}
async function expandGlob(pattern, cwd) {
  const { minimatch: minimatch2 } = await Promise.resolve().then(() => (init_esm4(), esm_exports));
  const base = pattern.split("/").findIndex((seg) => /[*?[{]/.test(seg));
  const root = (0, import_node_path4.resolve)(cwd, pattern.split("/").slice(0, Math.max(base, 0)).join("/") || ".");
  const out = [];
  const visit2 = async (dir, depth) => {
    if (depth > 40) return;
    let entries;
    try {
      entries = await (0, import_promises2.readdir)(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
      const p = (0, import_node_path4.join)(dir, e.name);
      if (e.isDirectory()) {
        if (!IGNORED_DIRS.has(e.name)) await visit2(p, depth + 1);
      } else if (minimatch2(displayPath(p, cwd), pattern.replace(/^\.\//, ""), { dot: false })) out.push(p);
    }
  };
  await visit2(root, 0);
  return out;
}

// src/load/parameters.ts
var import_yaml3 = __toESM(require_dist(), 1);
var asText = (v) => {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.join(",");
  return null;
};
function parseParameters(text) {
  let doc;
  try {
    doc = (0, import_yaml3.parse)(text.replace(/^\uFEFF/, ""), { schema: "core", uniqueKeys: true, maxAliasCount: 10 });
  } catch (e) {
    return { ok: false, message: `not valid JSON or YAML (${e instanceof Error ? e.message.split("\n")[0] : String(e)})` };
  }
  const values = {};
  if (Array.isArray(doc)) {
    for (const [i, item] of doc.entries()) {
      const o = item;
      const key = o?.["ParameterKey"];
      if (typeof key !== "string") return { ok: false, message: `entry ${i + 1} has no ParameterKey` };
      if (o?.["UsePreviousValue"] === true && o["ParameterValue"] === void 0) continue;
      const value = asText(o?.["ParameterValue"]);
      if (value === null) return { ok: false, message: `${key}: ParameterValue must be text` };
      values[key] = value;
    }
    return { ok: true, values };
  }
  if (doc && typeof doc === "object") {
    const o = doc;
    const params = "Parameters" in o && o["Parameters"] && typeof o["Parameters"] === "object" ? o["Parameters"] : o;
    for (const [k, v] of Object.entries(params)) {
      if (params === o && (k === "Tags" || k === "StackPolicy")) continue;
      const value = asText(v);
      if (value === null) return { ok: false, message: `${k}: the value must be text` };
      values[k] = value;
    }
    return { ok: true, values };
  }
  return { ok: false, message: 'expected a list of {ParameterKey, ParameterValue} or a {"Parameters": {\u2026}} mapping' };
}

// src/rules/catalogue.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/rules/catalogue.generated.json
var catalogue_generated_default = [{ id: "AllTrafficOpenToWorld", title: "All traffic open to the world", risk: 10, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "allTraffic" }, enabled: true, category: "network", description: "Ingress from the whole internet (0.0.0.0/0 or ::/0, or a prefix of /7 or shorter) with IpProtocol -1 (all protocols) or a TCP/UDP range that spans every port. Every service on the attached resources is exposed.", message: "{cidr} can reach every port ({protocol} {ports})", remediation: "Open only the ports the service needs, to the sources that need them.", remediationCdk: "Replace `ec2.Port.allTraffic()` / `ec2.Port.allTcp()` with specific ports, and `ec2.Peer.anyIpv4()` with a narrow peer.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W2", "W42"], checkov: [], cdk_nag: ["AwsSolutions-EC23"] }, file: "rules/ec2/AllTrafficOpenToWorld.yaml" }, { id: "AllowHttp", title: "Plain HTTP (TCP 80) open to the world", risk: 3, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "ports", ports: [80], protocols: ["tcp"] }, enabled: true, category: "network", description: "Ingress from the whole internet (0.0.0.0/0 or ::/0, or a prefix of /7 or shorter) on TCP port 80. Traffic is unencrypted; public web front ends usually redirect 80 to 443 at a load balancer.", message: "{cidr} can reach HTTP (port 80) over {protocol} {ports}", remediation: "Serve HTTPS (443) and redirect HTTP at a load balancer or CloudFront; if port 80 is only a redirect, suppress this finding with that reason.", remediationCdk: "Prefer an ALB listener on 443 with `ListenerAction.redirect` on 80; suppress with `addMetadata('cfn-audit', \u2026)` when 80 only redirects.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W2"], checkov: ["CKV_AWS_260"], cdk_nag: ["AwsSolutions-EC23"] }, file: "rules/ec2/AllowHttp.yaml" }, { id: "CfnInitAuthCredentials", title: "Credentials in AWS::CloudFormation::Authentication metadata", risk: 9, resourceTypes: ["*"], kind: "check", check: "cfnInitAuth", enabled: true, category: "secrets", description: "A resource's `Metadata.AWS::CloudFormation::Authentication` entry gives `accessKeyId`, `secretKey` or `password` as a literal or as a parameter without `NoEcho`. cfn-init credentials in the template are visible to anyone who can read the template or describe the stack.", message: "{entry}.{key} is written into the template", remediation: "Use `type: S3` with `roleName` (the instance role) instead of keys; for basic auth pass the password from a `NoEcho` parameter or a `{{resolve:secretsmanager:...}}` dynamic reference.", remediationCdk: "Use `ec2.InitSource`/`InitFile` with assets readable through the instance role instead of credentials in `CloudFormationInit`.", references: ["https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-authentication.html"], equivalents: { cfn_nag: ["W1"], checkov: [], cdk_nag: [] }, file: "rules/ec2/CfnInitAuthCredentials.yaml" }, { id: "DatabasePortOpenToWorld", title: "Database port open to the world", risk: 8, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "ports", ports: [1433, 1521, 3306, 3309, 5432, 5439, 6379, 9042, 9200, 9300, 11211, 27017], protocols: ["tcp"] }, enabled: true, category: "network", description: "Ingress from the whole internet (0.0.0.0/0 or ::/0, or a prefix of /7 or shorter) that reaches a database or cache port: 1433, 1521, 3306, 3309, 5432, 5439, 6379, 9042, 9200, 9300, 11211 or 27017.", message: "{cidr} can reach a database port ({protocol} {ports})", remediation: "Keep databases in private subnets and allow their port only from the application's security group.", remediationCdk: "Use `db.connections.allowFrom(appSg, ec2.Port.tcp(port))` instead of `ec2.Peer.anyIpv4()`.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W2"], checkov: [], cdk_nag: ["AwsSolutions-EC23", "EC2RestrictedCommonPorts"] }, file: "rules/ec2/DatabasePortOpenToWorld.yaml" }, { id: "EbsUnencrypted", title: "EBS volume or block device not encrypted", risk: 5, resourceTypes: ["AWS::EC2::Volume", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"], kind: "check", check: "ebsEncryption", enabled: true, category: "encryption", description: "An `AWS::EC2::Volume`, or an EBS entry of `BlockDeviceMappings` on an instance, launch template or launch configuration, does not set `Encrypted: true` (absent means unencrypted unless the account has EBS encryption by default turned on, which the template cannot show). Data at rest and snapshots of the volume are then unencrypted.", message: "{device}: Encrypted is {value}", remediation: "Set `Encrypted: true` (and optionally `KmsKeyId`) on the volume or on every `Ebs` block-device mapping; turn on EBS encryption by default for the account as a safety net.", remediationCdk: "Use `new ec2.Volume(this, 'V', { encrypted: true, ... })`, and `ec2.BlockDeviceVolume.ebs(size, { encrypted: true })` in `blockDevices`.", references: ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html"], equivalents: { cfn_nag: ["F1"], checkov: ["CKV_AWS_3", "CKV_AWS_8"], cdk_nag: ["AwsSolutions-EC26"] }, file: "rules/ec2/EbsUnencrypted.yaml" }, { id: "EgressAllToWorld", title: "Egress allows all traffic to the world", risk: 1, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupEgress"], kind: "check", check: "securityGroupRule", options: { match: "allTraffic", direction: "egress" }, enabled: false, category: "network", description: "An explicit egress rule with all protocols (or every port) to 0.0.0.0/0 or ::/0. Advisory: common and often intended, but it allows data exfiltration to anywhere.", message: "egress to {cidr} on every port ({protocol})", remediation: "Limit egress to the destinations and ports the workload needs (VPC endpoints, a proxy, 443 only).", remediationCdk: "Set `allowAllOutbound: false` on the security group and add specific `addEgressRule` calls.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W5", "W40"], checkov: [], cdk_nag: [] }, file: "rules/ec2/EgressAllToWorld.yaml" }, { id: "ForbiddenAMIs", title: "Instance launched from a forbidden AMI", risk: 10, resourceTypes: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"], kind: "check", check: "forbiddenAmi", options: { amis: ["ami-7a11e211", "ami-08111162", "ami-f6035893"] }, enabled: false, category: "compute", description: "`ImageId` (after resolving parameters, mappings and conditions) is on a deny-list of AMIs. The list carries the original audit Lambda's example ids; replace it with your own in a rule pack. Disabled until configured.", message: "ImageId {ami} is on the forbidden-AMI list", remediation: "Use an approved, patched AMI (for example from an SSM public parameter such as `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64`).", remediationCdk: "Use `ec2.MachineImage.latestAmazonLinux2023()` or an approved `ec2.MachineImage.lookup(...)`.", references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html"], equivalents: { cfn_nag: [], checkov: [], cdk_nag: [] }, file: "rules/ec2/ForbiddenAMIs.yaml" }, { id: "ImdsV1Allowed", title: "Instance metadata service v1 (IMDSv1) allowed", risk: 4, resourceTypes: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"], kind: "check", check: "imdsV1", options: { instancesWithoutTemplate: false }, enabled: true, category: "compute", description: "A launch template or launch configuration does not set `MetadataOptions.HttpTokens: required` while the metadata endpoint is enabled, so instances answer IMDSv1 requests. An SSRF bug in an application on the instance can then read the instance role's credentials. Instances that name a launch template are judged through that template; an instance without one takes the AMI's default, which the template cannot show, so it is not reported.", message: "MetadataOptions.HttpTokens is {value} (IMDSv1 allowed)", remediation: "In `LaunchTemplateData` (or the launch configuration) set `MetadataOptions: {HttpTokens: required, HttpEndpoint: enabled}`; launch instances from such a template.", remediationCdk: "Pass `requireImdsv2: true` to `ec2.Instance`, `ec2.LaunchTemplate` or `autoscaling.AutoScalingGroup`.", references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_79"], cdk_nag: ["EC2IMDSv2Enabled"] }, file: "rules/ec2/ImdsV1Allowed.yaml" }, { id: "IngressAllProtocols", title: "Ingress allows all protocols", risk: 3, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "allProtocols", source: "nonWorld" }, enabled: true, category: "network", description: "An ingress rule with IpProtocol -1 from a source that is not the whole internet: every protocol and port is allowed from it.", message: "{cidr} may use every protocol and port", remediation: "Allow only the protocol and ports the service needs.", remediationCdk: "Replace `ec2.Port.allTraffic()` with `ec2.Port.tcp(...)` for the needed ports.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W42"], checkov: [], cdk_nag: [] }, file: "rules/ec2/IngressAllProtocols.yaml" }, { id: "IngressBroadCidr", title: "Ingress from a very broad address range", risk: 3, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "any", source: "broad" }, enabled: true, category: "network", description: "Ingress from a non-world CIDR shorter than /16 (IPv4) or /48 (IPv6): tens of thousands of addresses or more.", message: "ingress from the broad range {cidr} ({protocol} {ports})", remediation: "Narrow the source to the addresses that need access, or use a security-group peer.", remediationCdk: "Use a narrower `ec2.Peer.ipv4(...)` or `ec2.Peer.securityGroupId(...)`.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W9"], checkov: [], cdk_nag: [] }, file: "rules/ec2/IngressBroadCidr.yaml" }, { id: "IngressOpenToWorld", title: "Ingress open to the world", risk: 2, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "otherWorld", excludePorts: [22, 3389, 80, 1433, 1521, 3306, 3309, 5432, 5439, 6379, 9042, 9200, 9300, 11211, 27017, 20, 21, 23, [135, 139], 445, 2375, 2376, 4333, 5900, 5985, 5986, 10250], excludeUdpPorts: [3389, 20, 21, 23, [135, 139], 445, 2375, 2376, 4333, 5900, 5985, 5986, 10250] }, enabled: true, category: "network", description: "Ingress from the whole internet (0.0.0.0/0 or ::/0, or a prefix of /7 or shorter) on a port that none of the more specific rules covers (for example 443, or ICMP). Often intended for public services; review it.", message: "{cidr} can reach {protocol} {ports}", remediation: "Confirm the service must be public; otherwise narrow the source CIDR or use a security-group peer.", remediationCdk: "Replace `ec2.Peer.anyIpv4()` with a narrower peer where the service is not public.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W2"], checkov: [], cdk_nag: ["AwsSolutions-EC23"] }, file: "rules/ec2/IngressOpenToWorld.yaml" }, { id: "IngressPortRange", title: "Ingress allows a port range", risk: 2, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "portRange", source: "nonWorld" }, enabled: true, category: "network", description: "A TCP or UDP ingress rule from a non-world source whose FromPort differs from its ToPort: more ports are open than one service needs.", message: "{cidr} may reach ports {ports} over {protocol}", remediation: "Open single ports unless the service really listens on a range.", remediationCdk: "Use `ec2.Port.tcp(port)` instead of `ec2.Port.tcpRange(...)`.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W27"], checkov: [], cdk_nag: [] }, file: "rules/ec2/IngressPortRange.yaml" }, { id: "InstancePublicIp", title: "Instance gets a public IP address", risk: 3, resourceTypes: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"], kind: "path", given: "$.Properties..AssociatePublicIpAddress", assert: { not: { equals: true } }, absent: "pass", enabled: true, category: "network", description: "`AssociatePublicIpAddress: true` on an instance network interface, launch template or launch configuration gives each instance a public address reachable from the internet, as far as its security groups allow.", message: "AssociatePublicIpAddress is {value}", remediation: "Launch instances in private subnets without a public address; reach them through a load balancer, and administer them with Systems Manager Session Manager.", remediationCdk: "Use `vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }` and leave `associatePublicIpAddress` unset.", references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_88"], cdk_nag: ["EC2InstanceNoPublicIp", "AutoScalingLaunchConfigPublicIpDisabled"] }, file: "rules/ec2/InstancePublicIp.yaml" }, { id: "NetworkAclAllowAll", title: "Network ACL allows all traffic from the world", risk: 2, resourceTypes: ["AWS::EC2::NetworkAclEntry"], kind: "check", check: "networkAclAllowAll", enabled: true, category: "network", description: "An ingress network ACL entry allows every protocol (or every TCP/UDP port) from 0.0.0.0/0 or ::/0. Security groups then carry all the filtering.", message: "the network ACL entry allows all traffic from {cidr}", remediation: "Allow only the protocols and ports the subnet needs, or accept it and rely on security groups (suppress with a reason).", remediationCdk: "Use `new ec2.NetworkAclEntry(..., { traffic: ec2.AclTraffic.tcpPort(443), ... })` with specific traffic.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W66", "W67"], checkov: [], cdk_nag: [] }, file: "rules/ec2/NetworkAclAllowAll.yaml" }, { id: "PublicIngressOnPrivateResource", title: "Private resource reachable from public addresses", risk: 6, resourceTypes: ["AWS::EC2::SecurityGroup"], kind: "check", check: "publicIngressOnPrivateResource", enabled: true, category: "network", description: "A security group that accepts a public, non-world CIDR (not RFC 1918, not 0.0.0.0/0) is attached to a resource that should be private: an RDS instance or cluster, Redshift, ElastiCache, EFS, DocumentDB, Neptune or an internal load balancer. World CIDRs are reported by the *OpenToWorld rules with port-specific risks, so they are not counted twice here. Launch configurations are not treated as private: public instances behind them are a design choice, and their open ports are already reported by the port rules.", message: "{cidr} can reach {consumer}, which should be private", remediation: "Allow the private resource only from the application's security group or private CIDRs.", remediationCdk: "Use `resource.connections.allowFrom(appSg, port)` rather than CIDR peers.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: [], checkov: [], cdk_nag: [] }, file: "rules/ec2/PublicIngressOnPrivateResource.yaml" }, { id: "RDPOpenToWorld", title: "RDP (port 3389) open to the world", risk: 7, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "ports", ports: [3389], protocols: ["tcp", "udp"] }, enabled: true, category: "network", description: "Ingress from the whole internet (0.0.0.0/0 or ::/0, or a prefix of /7 or shorter) that reaches port 3389 (Remote Desktop), over TCP or UDP, including all-protocol rules.", message: "{cidr} can reach RDP (port 3389) over {protocol} {ports}", remediation: "Allow RDP only from known addresses or a bastion, or use Fleet Manager / Session Manager port forwarding.", remediationCdk: "Replace `ec2.Peer.anyIpv4()` with a narrow `ec2.Peer.ipv4(...)` or a security-group peer on `ec2.Port.tcp(3389)`.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W2"], checkov: ["CKV_AWS_25"], cdk_nag: ["AwsSolutions-EC23", "EC2RestrictedCommonPorts"] }, file: "rules/ec2/RDPOpenToWorld.yaml" }, { id: "RdsDbSecurityGroupOpenToWorld", title: "RDS DB security group open to the world", risk: 8, resourceTypes: ["AWS::RDS::DBSecurityGroup", "AWS::RDS::DBSecurityGroupIngress"], kind: "path", given: "$.Properties..CIDRIP", assert: { cidrIsWorld: false }, enabled: true, category: "network", description: "A classic RDS DB security group (EC2-Classic) grants access to a world CIDR (CIDRIP 0.0.0.0/0).", message: "DB security group allows {value}", remediation: "Grant access only to the application's EC2 security group or a narrow CIDR; better, move to VPC security groups.", remediationCdk: "Use VPC security groups (`connections.allowFrom`) instead of DB security groups.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: [], checkov: [], cdk_nag: ["AwsSolutions-RDS8"] }, file: "rules/ec2/RdsDbSecurityGroupOpenToWorld.yaml" }, { id: "RemoteAdminPortOpenToWorld", title: "Remote administration port open to the world", risk: 7, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "ports", ports: [20, 21, 23, [135, 139], 445, 2375, 2376, 4333, 5900, 5985, 5986, 10250], protocols: ["tcp", "udp"] }, enabled: true, category: "network", description: "Ingress from the whole internet (0.0.0.0/0 or ::/0, or a prefix of /7 or shorter) that reaches a remote-administration or file-sharing port: FTP 20/21, Telnet 23, NetBIOS/RPC 135-139, SMB 445, Docker 2375/2376, 4333, VNC 5900, WinRM 5985/5986, kubelet 10250.", message: "{cidr} can reach a remote administration port ({protocol} {ports})", remediation: "Close the port to the internet; reach administration interfaces through a VPN, a bastion or Session Manager.", remediationCdk: "Remove `ec2.Peer.anyIpv4()` rules on these ports; use a security-group peer for administrators.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W2"], checkov: [], cdk_nag: ["AwsSolutions-EC23", "EC2RestrictedCommonPorts"] }, file: "rules/ec2/RemoteAdminPortOpenToWorld.yaml" }, { id: "SSHOpenToWorld", title: "SSH (TCP 22) open to the world", risk: 7, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"], kind: "check", check: "securityGroupRule", options: { match: "ports", ports: [22], protocols: ["tcp"] }, enabled: true, category: "network", description: "Ingress from the whole internet (0.0.0.0/0 or ::/0, or a prefix of /7 or shorter) that reaches TCP port 22: IpProtocol -1/all, a port range that includes 22, or -1 ports. Anyone can try to log in or exploit the SSH daemon.", message: "{cidr} can reach SSH (port 22) over {protocol} {ports}", remediation: "Allow SSH only from known addresses (a bastion's security group or your VPN's CIDR), or use AWS Systems Manager Session Manager and close port 22.", remediationCdk: "Use `sg.addIngressRule(ec2.Peer.ipv4('203.0.113.0/24'), ec2.Port.tcp(22))` with a narrow peer, or `ec2.Peer.securityGroupId(bastionSg.securityGroupId)`; prefer Session Manager.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W2"], checkov: ["CKV_AWS_24"], cdk_nag: ["AwsSolutions-EC23", "EC2RestrictedSSH"] }, file: "rules/ec2/SSHOpenToWorld.yaml" }, { id: "SecretsInUserData", title: "Hard-coded credentials in EC2 UserData", risk: 9, resourceTypes: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"], kind: "check", check: "userDataSecrets", enabled: true, category: "secrets", description: "The literal text of UserData (plain, `Fn::Base64`, `Fn::Sub` or `Fn::Join` parts) holds an AWS access key id, an `aws_secret_access_key` value, or a literal assignment such as `password=...` or `token: ...`. UserData is readable by anyone who can describe the instance or read the template, and it is kept in the stack.", message: "UserData contains a {kind} ({name})", remediation: "Keep secrets in Secrets Manager or SSM Parameter Store (SecureString) and fetch them at boot with the instance role (`aws secretsmanager get-secret-value ...`); never write them into UserData. Rotate the exposed credential.", remediationCdk: "Store the secret in `secretsmanager.Secret`, `secret.grantRead(instance.role)`, and read it at boot in `instance.addUserData(...)` with the AWS CLI.", references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_46"], cdk_nag: [] }, file: "rules/ec2/SecretsInUserData.yaml" }, { id: "SecurityGroupMissingEgress", title: "Security group keeps the default allow-all egress", risk: 1, resourceTypes: ["AWS::EC2::SecurityGroup"], kind: "check", check: "securityGroupMissingEgress", enabled: false, category: "network", description: "The group declares no egress rule and no standalone AWS::EC2::SecurityGroupEgress targets it, so AWS's implicit allow-all egress applies. Advisory.", message: "no egress rule: the default allows all outbound traffic", remediation: "Declare the egress the workload needs explicitly.", remediationCdk: "Set `allowAllOutbound: false` and add egress rules.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["F1000"], checkov: [], cdk_nag: [] }, file: "rules/ec2/SecurityGroupMissingEgress.yaml" }, { id: "SecurityGroupRuleNoDescription", title: "Security group rule without a description", risk: 1, resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"], kind: "check", check: "securityGroupRule", options: { match: "noDescription" }, enabled: false, category: "network", description: "An ingress or egress rule has no Description, so reviewers cannot tell why it exists. Advisory.", message: "a {direction} rule has no Description", remediation: "Add a Description saying who needs the rule and why.", remediationCdk: "Pass the description argument: `sg.addIngressRule(peer, port, 'why this rule exists')`.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"], equivalents: { cfn_nag: ["W36"], checkov: ["CKV_AWS_23"], cdk_nag: [] }, file: "rules/ec2/SecurityGroupRuleNoDescription.yaml" }, { id: "SubnetMapPublicIpOnLaunch", title: "Subnet gives every instance a public IP address", risk: 2, resourceTypes: ["AWS::EC2::Subnet"], kind: "path", given: "$.Properties.MapPublicIpOnLaunch", assert: { not: { equals: true } }, absent: "pass", enabled: true, category: "network", description: "`MapPublicIpOnLaunch: true` makes EC2 assign a public IPv4 address to every instance launched in the subnet, so any instance placed there is reachable from the internet as far as its security groups allow. Public subnets that only hold load balancers and NAT gateways do not need it.", message: "MapPublicIpOnLaunch is {value}: instances launched here get a public IP address", remediation: "Remove `MapPublicIpOnLaunch` (it defaults to false) and give a public address only to the instances that need one (`AssociatePublicIpAddress` on their network interface), or put instances in private subnets behind a load balancer or NAT gateway.", remediationCdk: "In `ec2.Vpc` subnet configuration set `mapPublicIpOnLaunch: false` for public subnets, or use `SubnetType.PRIVATE_WITH_EGRESS` for workloads.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip"], equivalents: { cfn_nag: ["W33"], checkov: [], cdk_nag: ["VPCSubnetAutoAssignPublicIpDisabled"] }, file: "rules/ec2/SubnetMapPublicIpOnLaunch.yaml" }, { id: "VpcWithoutFlowLog", title: "VPC without a flow log", risk: 1, resourceTypes: ["AWS::EC2::VPC"], kind: "check", check: "vpcFlowLog", enabled: false, category: "logging", description: "No `AWS::EC2::FlowLog` in the template has the VPC as its `ResourceId` (Ref or GetAtt), so accepted and rejected traffic is not recorded for investigation. Advisory: flow logs are often enabled centrally (organisation-wide or by another stack).", message: "no AWS::EC2::FlowLog refers to this VPC", remediation: "Add an `AWS::EC2::FlowLog` with `ResourceType: VPC`, `ResourceId: !Ref <Vpc>` and `TrafficType: ALL`, delivering to CloudWatch Logs or S3.", remediationCdk: "Call `vpc.addFlowLog('FlowLog')` or pass `flowLogs: { default: {} }` to `new ec2.Vpc(...)`.", references: ["https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-flowlog.html"], equivalents: { cfn_nag: ["W60"], checkov: [], cdk_nag: ["AwsSolutions-VPC7"] }, file: "rules/ec2/VpcWithoutFlowLog.yaml" }, { id: "EcrRepositoryPolicyPublic", title: "ECR repository policy allows anyone", risk: 8, resourceTypes: ["AWS::ECR::Repository"], kind: "check", check: "publicPrincipal", options: { docs: ["resource"] }, enabled: true, category: "resource-policy", description: 'An Allow statement of the repository policy (`RepositoryPolicyText`) has Principal `*` (or `{AWS: "*"}`) and no condition that restricts callers (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceIp, aws:SourceVpc(e), \u2026; `Not\u2026` and `\u2026IfExists` operators do not count). An unresolvable principal is reported as unknown.', message: "statement {sid} allows Principal {principal} without a restricting condition", remediation: "Name the accounts or roles that pull or push images, or add an `aws:PrincipalOrgID` condition; publish public images in ECR Public instead.", remediationCdk: "Use `repository.grantPull(new iam.AccountPrincipal(id))`; never `new iam.AnyPrincipal()`.", references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_32"], cdk_nag: ["AwsSolutions-ECR1"] }, file: "rules/ecr/EcrRepositoryPolicyPublic.yaml" }, { id: "EventBusPolicyPublic", title: "EventBridge event bus policy allows anyone", risk: 7, resourceTypes: ["AWS::Events::EventBusPolicy", "AWS::Events::EventBus"], kind: "check", check: "publicPrincipal", options: { docs: ["resource"] }, enabled: true, category: "resource-policy", description: 'An Allow statement of the event-bus policy (`AWS::Events::EventBusPolicy` Statement or Principal/Condition, or `AWS::Events::EventBus` Policy) has Principal `*` (or `{AWS: "*"}`) and no condition that restricts callers (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceIp, aws:SourceVpc(e), \u2026; `Not\u2026` and `\u2026IfExists` operators do not count). An unresolvable principal is reported as unknown.', message: "statement {sid} allows Principal {principal} without a restricting condition", remediation: "Name the accounts that may put events, or add a condition `StringEquals: {aws:PrincipalOrgID: o-\u2026}`.", remediationCdk: "Use `bus.grantPutEventsTo(new iam.AccountPrincipal(id))` or a `CfnEventBusPolicy` with an `aws:PrincipalOrgID` condition.", references: ["https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html"], equivalents: { cfn_nag: [], checkov: [], cdk_nag: ["AwsSolutions-EVB1"] }, file: "rules/events/EventBusPolicyPublic.yaml" }, { id: "IamAdministratorAccessAttached", title: "AdministratorAccess managed policy attached", risk: 9, resourceTypes: ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"], kind: "check", check: "managedPolicyAttached", options: { match: "admin" }, enabled: true, category: "iam", description: "`ManagedPolicyArns` (or a SAM function's `Policies`) includes `arn:<partition>:iam::aws:policy/AdministratorAccess` (also through `Fn::Sub`/`Fn::Join` with `${AWS::Partition}`): full access to the account.", message: "the AWS managed policy {policy} is attached", remediation: "Attach a policy with only the needed actions and resources; keep administrator access for human break-glass roles outside application stacks.", remediationCdk: "Replace `iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')` with `grant*` calls or a narrow `iam.PolicyStatement`.", references: ["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"], equivalents: { cfn_nag: ["W43"], checkov: [], cdk_nag: ["AwsSolutions-IAM4"] }, file: "rules/iam/IamAdministratorAccessAttached.yaml" }, { id: "IamElevatedManagedPolicyAttached", title: "Elevated AWS managed policy attached", risk: 5, resourceTypes: ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"], kind: "check", check: "managedPolicyAttached", options: { match: "elevated" }, enabled: true, category: "iam", description: "`ManagedPolicyArns` (or a SAM function's `Policies`) includes PowerUserAccess, IAMFullAccess or another `\u2026FullAccess` AWS managed policy (for example AmazonS3FullAccess): every action of a service on every resource.", message: "the AWS managed policy {policy} is attached", remediation: "Replace the managed policy with a customer-managed or inline policy scoped to the actions and resources in use (a SAM policy template such as `S3ReadPolicy` for functions).", remediationCdk: "Replace `iam.ManagedPolicy.fromAwsManagedPolicyName('\u2026FullAccess')` with the resources' `grant*` methods.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies", "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-templates.html"], equivalents: { cfn_nag: ["W44"], checkov: [], cdk_nag: ["AwsSolutions-IAM4"] }, file: "rules/iam/IamElevatedManagedPolicyAttached.yaml" }, { id: "IamPassRoleWildcard", title: "IAM policy allows iam:PassRole on every role", risk: 7, resourceTypes: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"], kind: "check", check: "policyStatement", options: { test: "passRoleWildcard", docs: ["identity"] }, enabled: true, category: "iam", description: "An Allow statement grants `iam:PassRole` (directly or through `iam:Pass*`, `iam:*`, `*`, or a NotAction that does not exclude it) on Resource `*` or every role ARN. The holder can hand any role, including administrator roles, to a service such as EC2 or Lambda and act with its permissions. Skipped when the statement is already IamPolicyFullAdmin. Identity policies: AWS::IAM::Policy, ManagedPolicy, RolePolicy/UserPolicy/GroupPolicy, the inline `Policies` of roles, users and groups, and the inline statements of SAM functions and state machines.", message: "statement {sid} allows {action} on {resource}", remediation: "Limit `Resource` to the roles the workload passes and add an `iam:PassedToService` condition.", remediationCdk: "Use `role.grantPassRole(principal)`, which scopes the permission to that role.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html"], equivalents: { cfn_nag: ["F38", "F39", "F40"], checkov: ["CKV_AWS_110"], cdk_nag: [] }, file: "rules/iam/IamPassRoleWildcard.yaml" }, { id: "IamPolicyFullAdmin", title: "IAM policy grants full administrator access", risk: 10, resourceTypes: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"], kind: "check", check: "policyStatement", options: { test: "fullAdmin", docs: ["identity"] }, enabled: true, category: "iam", description: "An Allow statement grants Action `*` on Resource `*`: whoever holds the policy can do anything in the account, including granting themselves and others any permission. Identity policies: AWS::IAM::Policy, ManagedPolicy, RolePolicy/UserPolicy/GroupPolicy, the inline `Policies` of roles, users and groups, and the inline statements of SAM functions and state machines.", message: "statement {sid} allows Action * on Resource *", remediation: "Grant only the actions and resources the workload uses; if administrators need access, use IAM Identity Center permission sets or attach the AdministratorAccess managed policy deliberately to a role with a tight trust policy and MFA.", remediationCdk: "Replace `new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })` with `grant*` methods of the resources (`bucket.grantRead(role)`, `table.grantReadWriteData(fn)`).", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html"], equivalents: { cfn_nag: ["F3", "F4", "F5", "W11", "W12", "W13"], checkov: ["CKV_AWS_62"], cdk_nag: ["IAMPolicyNoStatementsWithAdminAccess", "AwsSolutions-IAM5"] }, file: "rules/iam/IamPolicyFullAdmin.yaml" }, { id: "IamPolicyOnUser", title: "Policy attached directly to an IAM user", risk: 2, resourceTypes: ["AWS::IAM::User", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::UserPolicy"], kind: "check", check: "policyOnUser", enabled: true, category: "iam", description: "An IAM user has inline `Policies` or `ManagedPolicyArns`, or an IAM Policy / ManagedPolicy / UserPolicy names users in `Users`/`UserName`. Permissions given user by user drift apart and are hard to review; grant them through groups or roles.", message: "policy attached directly to user {user} (via {via})", remediation: "Put the user in an `AWS::IAM::Group` and attach the policy to the group (`Groups:` on the policy); better, use roles with IAM Identity Center instead of IAM users.", remediationCdk: "Use `group.addUser(user)` and `group.attachInlinePolicy(policy)` / `policy.attachToGroup(group)` instead of `user.attachInlinePolicy`.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-users-federation-idp"], equivalents: { cfn_nag: ["F10", "F11", "F12"], checkov: ["CKV_AWS_40"], cdk_nag: ["IAMUserNoPolicies"] }, file: "rules/iam/IamPolicyOnUser.yaml" }, { id: "IamPolicyWildcardAction", title: "IAM policy grants every action of a service", risk: 6, resourceTypes: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"], kind: "check", check: "policyStatement", options: { test: "wildcardAction", docs: ["identity"] }, enabled: true, category: "iam", description: "An Allow statement grants Action `*` or `<service>:*` (for example `s3:*`, `dynamodb:*`), which includes destructive and permission-changing actions the workload rarely needs. `*` on Resource `*` is IamPolicyFullAdmin instead. Identity policies: AWS::IAM::Policy, ManagedPolicy, RolePolicy/UserPolicy/GroupPolicy, the inline `Policies` of roles, users and groups, and the inline statements of SAM functions and state machines.", message: "statement {sid} allows {action}", remediation: "List the actions the workload uses (for example `s3:GetObject`, `s3:PutObject`); use the service authorization reference or IAM Access Analyzer policy generation to find them.", remediationCdk: "Use the resources' `grant*` methods or list actions explicitly in `iam.PolicyStatement`.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html"], equivalents: { cfn_nag: ["F3", "F4", "F5"], checkov: ["CKV_AWS_63"], cdk_nag: ["AwsSolutions-IAM5", "IAMPolicyNoStatementsWithFullAccess"] }, file: "rules/iam/IamPolicyWildcardAction.yaml" }, { id: "IamPolicyWildcardResourceWrite", title: "IAM policy allows changes on every resource", risk: 3, resourceTypes: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"], kind: "check", check: "policyStatement", options: { test: "wildcardResourceWrite", docs: ["identity"] }, enabled: true, category: "iam", description: "An Allow statement grants an action that changes something (not Get/List/Describe\u2026) on Resource `*`. Actions that IAM only accepts on `*` or that only emit telemetry (X-Ray segments, CloudWatch metrics, log-stream writes, Lambda VPC network interfaces, SSM agent channels, ecr:GetAuthorizationToken) are not counted: `*` is the least privilege for them. Risk: kept at 3 \u2014 this is the most common pattern in real templates, and scoping resources matters most for the actions the other IAM rules already cover. Identity policies: AWS::IAM::Policy, ManagedPolicy, RolePolicy/UserPolicy/GroupPolicy, the inline `Policies` of roles, users and groups, and the inline statements of SAM functions and state machines.", message: "statement {sid} allows {action} on Resource *", remediation: "Scope `Resource` to the ARNs the workload touches (`!GetAtt Table.Arn`, `!Sub arn:${AWS::Partition}:s3:::${Bucket}/*`).", remediationCdk: "Use `grant*` methods, or `resources: [table.tableArn]` in `iam.PolicyStatement`.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html"], equivalents: { cfn_nag: ["W11", "W12", "W13"], checkov: ["CKV_AWS_111"], cdk_nag: ["AwsSolutions-IAM5"] }, file: "rules/iam/IamPolicyWildcardResourceWrite.yaml" }, { id: "IamPrivilegeEscalation", title: "IAM policy allows privilege escalation", risk: 7, resourceTypes: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"], kind: "check", check: "policyStatement", options: { test: "privilegeEscalation", docs: ["identity"] }, enabled: true, category: "iam", description: "An Allow statement grants actions that let the holder raise its own permissions (iam:CreatePolicyVersion, SetDefaultPolicyVersion, Attach*/Put*Policy, CreateAccessKey, Create/UpdateLoginProfile, UpdateAssumeRolePolicy, AddUserToGroup, permissions-boundary changes) on Resource `*` or every IAM ARN. iam:PassRole is IamPassRoleWildcard; a statement that is already IamPolicyFullAdmin is skipped. Identity policies: AWS::IAM::Policy, ManagedPolicy, RolePolicy/UserPolicy/GroupPolicy, the inline `Policies` of roles, users and groups, and the inline statements of SAM functions and state machines.", message: "statement {sid} allows {action} on {resource}", remediation: "Remove these actions or scope them to specific users, roles and policies; enforce a permissions boundary with a condition on `iam:PermissionsBoundary`.", remediationCdk: "List only the IAM actions needed with `resources: [specificRole.roleArn]`; apply `iam.PermissionsBoundary.of(scope).apply(boundary)`.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_110", "CKV_AWS_109"], cdk_nag: [] }, file: "rules/iam/IamPrivilegeEscalation.yaml" }, { id: "IamRoleTrustExternalAccount", title: "IAM role trusts another account without a guard", risk: 4, resourceTypes: ["AWS::IAM::Role"], kind: "check", check: "trustExternalAccount", options: { allowedAccounts: [] }, enabled: true, category: "iam", description: "The trust policy lets a literal AWS account (12-digit id, `arn:aws:iam::<account>:root` or a principal ARN in that account) assume the role, with no `sts:ExternalId` or `aws:PrincipalOrgID` condition. Principals that resolve to the stack's own account (`${AWS::AccountId}`) are not reported; add trusted accounts to `options.allowedAccounts` in a rule pack.", message: "trust policy statement {sid} trusts account {account} ({principal}) without sts:ExternalId or aws:PrincipalOrgID", remediation: "Add `Condition: {StringEquals: {sts:ExternalId: <secret id>}}` for third parties, or `aws:PrincipalOrgID` for accounts of your organisation; remove accounts that no longer need access.", remediationCdk: "Use `new iam.AccountPrincipal(id).withConditions({ StringEquals: { 'sts:ExternalId': externalId } })` or the `externalIds` prop of `iam.Role`.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_61"], cdk_nag: [] }, file: "rules/iam/IamRoleTrustExternalAccount.yaml" }, { id: "IamRoleTrustPublicPrincipal", title: "IAM role can be assumed by anyone", risk: 10, resourceTypes: ["AWS::IAM::Role"], kind: "check", check: "publicPrincipal", options: { docs: ["trust"] }, enabled: true, category: "iam", description: 'An Allow statement of the role\'s trust policy (`AssumeRolePolicyDocument`) has Principal `*` or `{AWS: "*"}` and no restricting condition (aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceAccount, sts:ExternalId, \u2026): any AWS account can assume the role.', message: "trust policy statement {sid} allows Principal {principal} to assume the role", remediation: "Name the accounts, roles or services that may assume the role, or add an `aws:PrincipalOrgID` condition.", remediationCdk: "Use `assumedBy: new iam.AccountPrincipal('123456789012')` or `new iam.ServicePrincipal(...)`, never `new iam.AnyPrincipal()`.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_60"], cdk_nag: [] }, file: "rules/iam/IamRoleTrustPublicPrincipal.yaml" }, { id: "IamRoleTrustWildcardAction", title: "IAM role trust policy allows every action", risk: 6, resourceTypes: ["AWS::IAM::Role"], kind: "check", check: "policyStatement", options: { test: "wildcardAction", docs: ["trust"], excludeAdmin: false }, enabled: true, category: "iam", description: "An Allow statement of the trust policy grants Action `*` (or `sts:*`) instead of `sts:AssumeRole` / `sts:AssumeRoleWithWebIdentity` / `sts:TagSession`, allowing more ways to take the role than intended.", message: "trust policy statement {sid} allows {action}", remediation: "Allow only `sts:AssumeRole` (or the specific web-identity/SAML action, plus `sts:TagSession` when needed).", remediationCdk: "Build trust with `assumedBy: new iam.ServicePrincipal(...)`; do not add `actions: ['*']` to `role.assumeRolePolicy`.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy"], equivalents: { cfn_nag: ["F2"], checkov: [], cdk_nag: [] }, file: "rules/iam/IamRoleTrustWildcardAction.yaml" }, { id: "IamUserAccessKey", title: "Long-lived IAM access key created in the template", risk: 5, resourceTypes: ["AWS::IAM::AccessKey"], kind: "check", check: "userAccessKey", enabled: true, category: "secrets", description: "The template creates an `AWS::IAM::AccessKey`: a long-lived credential that does not expire and is easy to leak. The finding data says whether an Output hands out its SecretAccessKey (`exported: true`), which puts the secret in plain text into the stack's outputs \u2014 raise it with an override or fix it first. Risk: kept at 5 for every key (the catalogue gives one risk per rule); the CSV's 9 for exported secrets is shown in the data instead.", message: "access key for {user} (secret exported in output: {exported} {output})", remediation: "Use an IAM role (instance profile, task role, IAM Roles Anywhere, OIDC federation) instead of keys; if a key is unavoidable, store it in Secrets Manager (`AWS::SecretsManager::Secret` with `SecretString` from `!GetAtt Key.SecretAccessKey`) and never in Outputs.", remediationCdk: "Prefer roles; if needed, `new iam.AccessKey(...)` with `new secretsmanager.Secret(this, 'S', { secretStringValue: key.secretAccessKey })`, not a `CfnOutput`.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles"], equivalents: { cfn_nag: [], checkov: [], cdk_nag: [] }, file: "rules/iam/IamUserAccessKey.yaml" }, { id: "PolicyAllowNotAction", title: "Policy allows every action except some (Allow + NotAction)", risk: 5, resourceTypes: ["AWS::ECR::Repository", "AWS::Elasticsearch::Domain", "AWS::Events::EventBus", "AWS::Events::EventBusPolicy", "AWS::IAM::Group", "AWS::IAM::GroupPolicy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::Role", "AWS::IAM::RolePolicy", "AWS::IAM::User", "AWS::IAM::UserPolicy", "AWS::KMS::Key", "AWS::OpenSearchService::Domain", "AWS::S3::BucketPolicy", "AWS::SNS::TopicInlinePolicy", "AWS::SNS::TopicPolicy", "AWS::SQS::QueueInlinePolicy", "AWS::SQS::QueuePolicy", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"], kind: "check", check: "policyStatement", options: { test: "notAction", docs: ["identity", "trust", "resource"] }, enabled: true, category: "iam", description: "An Allow statement uses `NotAction`: it grants every action of every service except those listed, including actions added to AWS later.", message: "statement {sid} allows every action except {value}", remediation: "List the allowed actions in `Action`; use NotAction only with Effect Deny.", remediationCdk: "Use `actions: [...]` in `iam.PolicyStatement`; keep `notActions` for DENY statements.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"], equivalents: { cfn_nag: ["W14", "W15", "W16", "W17", "W18", "W19", "W20"], checkov: [], cdk_nag: [] }, file: "rules/iam/PolicyAllowNotAction.yaml" }, { id: "PolicyAllowNotPrincipal", title: "Policy allows everyone except some principals (Allow + NotPrincipal)", risk: 7, resourceTypes: ["AWS::IAM::Role", "AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SQS::QueueInlinePolicy", "AWS::SNS::TopicPolicy", "AWS::SNS::TopicInlinePolicy", "AWS::KMS::Key", "AWS::ECR::Repository", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain", "AWS::Events::EventBus", "AWS::Events::EventBusPolicy"], kind: "check", check: "policyStatement", options: { test: "notPrincipal", docs: ["trust", "resource"] }, enabled: true, category: "iam", description: "An Allow statement in a trust or resource policy uses `NotPrincipal`: it grants access to every principal except those listed, including anonymous users. AWS advises against Allow with NotPrincipal.", message: "statement {sid} allows every principal except {value}", remediation: "Use `Principal` with the principals that need access.", remediationCdk: "Use `principals: [...]` in `iam.PolicyStatement`, never `notPrincipals` with Effect ALLOW.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html"], equivalents: { cfn_nag: ["F6", "F7", "F8", "F9"], checkov: [], cdk_nag: [] }, file: "rules/iam/PolicyAllowNotPrincipal.yaml" }, { id: "PolicyAllowNotResource", title: "Identity policy allows every resource except some (Allow + NotResource)", risk: 4, resourceTypes: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy", "AWS::Serverless::Function", "AWS::Serverless::StateMachine"], kind: "check", check: "policyStatement", options: { test: "notResource", docs: ["identity"] }, enabled: true, category: "iam", description: "An Allow statement of an identity policy uses `NotResource`: the actions apply to every resource except those listed, including resources created later. Identity policies: AWS::IAM::Policy, ManagedPolicy, RolePolicy/UserPolicy/GroupPolicy, the inline `Policies` of roles, users and groups, and the inline statements of SAM functions and state machines.", message: "statement {sid} allows its actions on every resource except {value}", remediation: "List the resources in `Resource`; use NotResource only with Effect Deny.", remediationCdk: "Use `resources: [...]` in `iam.PolicyStatement`; keep `notResources` for DENY statements.", references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html"], equivalents: { cfn_nag: ["W21", "W22", "W23"], checkov: [], cdk_nag: [] }, file: "rules/iam/PolicyAllowNotResource.yaml" }, { id: "KmsKeyPolicyPublicPrincipal", title: "KMS key policy allows anyone", risk: 10, resourceTypes: ["AWS::KMS::Key", "AWS::KMS::ReplicaKey"], kind: "check", check: "publicPrincipal", options: { docs: ["resource"] }, enabled: true, category: "encryption", description: 'An Allow statement of the `KeyPolicy` has Principal `*` or `{AWS: "*"}` with no restricting condition (kms:CallerAccount, aws:PrincipalOrgID, aws:SourceAccount, aws:PrincipalArn, \u2026): any AWS account can use or manage the key. Unlike cfn_nag F76, a restricting condition (as in the AWS-documented `kms:CallerAccount` + `kms:ViaService` pattern) makes it pass.', message: "key policy statement {sid} allows Principal {principal} without a restricting condition", remediation: "Name the account root (`arn:${AWS::Partition}:iam::${AWS::AccountId}:root`) and the roles that use the key, or add `kms:CallerAccount` / `aws:PrincipalOrgID` conditions.", remediationCdk: "Let CDK write the default key policy and use `key.grantEncryptDecrypt(principal)`; never add `new iam.AnyPrincipal()`.", references: ["https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html", "https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account"], equivalents: { cfn_nag: ["F76"], checkov: ["CKV_AWS_33"], cdk_nag: [] }, file: "rules/kms/KmsKeyPolicyPublicPrincipal.yaml" }, { id: "KmsKeyRotationDisabled", title: "KMS key rotation not enabled", risk: 3, resourceTypes: ["AWS::KMS::Key"], kind: "check", check: "kmsKeyRotation", enabled: true, category: "encryption", description: "A symmetric encryption key (`KeySpec` absent or SYMMETRIC_DEFAULT, key material from KMS) does not set `EnableKeyRotation: true` (absent means off). Asymmetric, HMAC and imported-material keys cannot rotate automatically and are not reported.", message: "EnableKeyRotation is {value}", remediation: "Set `EnableKeyRotation: true` (optionally `RotationPeriodInDays`).", remediationCdk: "Pass `enableKeyRotation: true` to `new kms.Key(...)`.", references: ["https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html"], equivalents: { cfn_nag: ["F19"], checkov: ["CKV_AWS_7"], cdk_nag: ["AwsSolutions-KMS5"] }, file: "rules/kms/KmsKeyRotationDisabled.yaml" }, { id: "LambdaPermissionPublic", title: "Lambda permission lets anyone invoke the function", risk: 8, resourceTypes: ["AWS::Lambda::Permission", "AWS::Lambda::LayerVersionPermission"], kind: "check", check: "lambdaPermission", options: { match: "public" }, enabled: true, category: "serverless", description: "An `AWS::Lambda::Permission` has Principal `*` without SourceAccount, SourceArn or PrincipalOrgID (or a layer permission grants `*` without OrganizationId): any AWS account, or anyone through a function URL with AuthType NONE, can use it.", message: "Principal is {principal} without SourceAccount, SourceArn or PrincipalOrgID", remediation: "Name the caller (an account id, or the service principal with `SourceArn` and `SourceAccount`); for organisation-wide access set `PrincipalOrgID`.", remediationCdk: "Use `fn.grantInvoke(new iam.ServicePrincipal(...))` with `sourceArn`, or `fn.addPermission(id, { principal, sourceArn, sourceAccount })`.", references: ["https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html"], equivalents: { cfn_nag: ["F13"], checkov: [], cdk_nag: ["LambdaFunctionPublicAccessProhibited"] }, file: "rules/lambda/LambdaPermissionPublic.yaml" }, { id: "LambdaPermissionServiceNoSource", title: "Lambda permission for a service without a source", risk: 3, resourceTypes: ["AWS::Lambda::Permission"], kind: "check", check: "lambdaPermission", options: { match: "serviceNoSource" }, enabled: true, category: "serverless", description: "An `AWS::Lambda::Permission` grants an AWS service principal (`*.amazonaws.com`) without `SourceArn` or `SourceAccount`: any resource of that service in any account (an S3 bucket, an SNS topic, a rule) can invoke the function \u2014 the confused-deputy problem.", message: "{principal} may invoke the function from any source (no SourceArn or SourceAccount)", remediation: "Add `SourceArn` (the bucket, topic, rule or API ARN) and, for S3, also `SourceAccount: !Ref AWS::AccountId`.", remediationCdk: "Pass `sourceArn` and `sourceAccount` to `fn.addPermission(...)`; event-source constructs (`s3n.LambdaDestination`, `events_targets.LambdaFunction`) do this for you.", references: ["https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_364"], cdk_nag: [] }, file: "rules/lambda/LambdaPermissionServiceNoSource.yaml" }, { id: "OpenSearchPublicAccessPolicy", title: "OpenSearch domain open to anyone", risk: 9, resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"], kind: "check", check: "publicPrincipal", options: { docs: ["resource"] }, enabled: true, category: "resource-policy", description: 'An Allow statement of the domain access policy (`AccessPolicies`) of a domain outside a VPC (no `VPCOptions.SubnetIds`) has Principal `*` (or `{AWS: "*"}`) and no condition that restricts callers (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceIp, aws:SourceVpc(e), \u2026; `Not\u2026` and `\u2026IfExists` operators do not count). An unresolvable principal is reported as unknown. A domain in a VPC is not reported, whatever its policy says.', message: "statement {sid} allows Principal {principal} without a restricting condition", remediation: "Place the domain in a VPC (`VPCOptions`), or restrict the access policy to named IAM principals or an `IpAddress: {aws:SourceIp: [...]}` condition; turn on fine-grained access control.", remediationCdk: "Pass `vpc` and `vpcSubnets` to `new opensearch.Domain(...)`, and `accessPolicies` with named principals; enable `fineGrainedAccessControl`.", references: ["https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html", "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html"], equivalents: { cfn_nag: [], checkov: [], cdk_nag: ["AwsSolutions-OS3", "AwsSolutions-OS5"] }, file: "rules/opensearch/OpenSearchPublicAccessPolicy.yaml" }, { id: "S3BlockPublicAccessDisabled", title: "S3 Block Public Access turned off", risk: 4, resourceTypes: ["AWS::S3::Bucket"], kind: "check", check: "blockPublicAccessDisabled", enabled: true, category: "storage", description: "The bucket declares `PublicAccessBlockConfiguration` with one or more of BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls, RestrictPublicBuckets set to false (a flag left out of a declared configuration is false too). The bucket can then be made public by an ACL or policy.", message: "Block Public Access is off: {flags}", remediation: "Set all four flags to true. If the bucket must serve public content, put CloudFront with origin access control in front instead.", remediationCdk: "Use `new s3.Bucket(this, 'B', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })`.", references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56"], cdk_nag: ["AwsSolutions-S2"] }, file: "rules/s3/S3BlockPublicAccessDisabled.yaml" }, { id: "S3BlockPublicAccessNotDeclared", title: "S3 bucket does not declare Block Public Access", risk: 1, resourceTypes: ["AWS::S3::Bucket"], kind: "path", given: "$.Properties.PublicAccessBlockConfiguration", assert: { exists: true }, absent: "fail", enabled: false, category: "storage", description: "The bucket has no `PublicAccessBlockConfiguration`. Since April 2023 new buckets get all four Block Public Access settings by default, so this is advisory: declaring them keeps the intent explicit and survives account-level changes.", message: "PublicAccessBlockConfiguration is not declared", remediation: "Add `PublicAccessBlockConfiguration` with BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets all true.", remediationCdk: "Use `new s3.Bucket(this, 'B', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })`.", references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html", "https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56"], cdk_nag: ["AwsSolutions-S2"] }, file: "rules/s3/S3BlockPublicAccessNotDeclared.yaml" }, { id: "S3BucketNoAccessLogging", title: "S3 bucket without server access logging", risk: 1, resourceTypes: ["AWS::S3::Bucket"], kind: "check", check: "bucketNoAccessLogging", enabled: false, category: "logging", description: "The bucket has no `LoggingConfiguration`. A bucket that is itself a log destination (named by another bucket's LoggingConfiguration, CloudFront or load-balancer access logs, a trail, a flow log, with the LogDeliveryWrite ACL, or a policy granting a log-delivery service) is exempt: logging it into itself or another bucket forever is not useful. cfn_nag W35 also flags log destinations; we do not. Advisory.", message: "no LoggingConfiguration (server access logging is off)", remediation: "Add `LoggingConfiguration: {DestinationBucketName: !Ref LogBucket, LogFilePrefix: <name>/}` pointing at a dedicated log bucket.", remediationCdk: "Pass `serverAccessLogsBucket: logBucket` (and `serverAccessLogsPrefix`) to `new s3.Bucket(...)`.", references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html"], equivalents: { cfn_nag: ["W35"], checkov: ["CKV_AWS_18"], cdk_nag: ["AwsSolutions-S1"] }, file: "rules/s3/S3BucketNoAccessLogging.yaml" }, { id: "S3BucketNoSslPolicy", title: "S3 bucket does not require TLS", risk: 2, resourceTypes: ["AWS::S3::Bucket"], kind: "check", check: "bucketNoSslPolicy", enabled: true, category: "storage", description: "No `AWS::S3::BucketPolicy` in the template that names this bucket (`Bucket: !Ref` or its literal BucketName) has a Deny statement with `aws:SecureTransport: false` (or a minimum `s3:TlsVersion`), so requests over plain HTTP are accepted.", message: "no bucket policy denies requests without TLS (bucket policies: {policies})", remediation: 'Add a bucket policy statement: `Effect: Deny`, `Principal: "*"`, `Action: "s3:*"`, `Resource: [bucket ARN, bucket ARN/*]`, `Condition: {Bool: {aws:SecureTransport: false}}`.', remediationCdk: "Pass `enforceSSL: true` to `new s3.Bucket(...)`.", references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit", "https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule"], equivalents: { cfn_nag: [], checkov: [], cdk_nag: ["AwsSolutions-S10"] }, file: "rules/s3/S3BucketNoSslPolicy.yaml" }, { id: "S3BucketNoVersioning", title: "S3 bucket without versioning", risk: 1, resourceTypes: ["AWS::S3::Bucket"], kind: "path", given: "$.Properties.VersioningConfiguration.Status", assert: { equals: "Enabled" }, absent: "fail", enabled: false, category: "storage", description: "`VersioningConfiguration.Status` is not `Enabled`, so overwritten or deleted objects cannot be recovered. Advisory.", message: "versioning is not enabled", remediation: "Add `VersioningConfiguration: {Status: Enabled}` and a lifecycle rule that expires noncurrent versions.", remediationCdk: "Pass `versioned: true` to `new s3.Bucket(...)`.", references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html"], equivalents: { cfn_nag: [], checkov: ["CKV_AWS_21"], cdk_nag: ["S3BucketVersioningEnabled"] }, file: "rules/s3/S3BucketNoVersioning.yaml" }, { id: "S3BucketPolicyPublicPrincipal", title: "S3 bucket policy allows anyone", risk: 9, resourceTypes: ["AWS::S3::BucketPolicy"], kind: "check", check: "publicPrincipal", options: { docs: ["resource"] }, enabled: true, category: "storage", description: 'An Allow statement of the bucket policy has Principal `*` (or `{AWS: "*"}`) and no condition that restricts callers (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceIp, aws:SourceVpc, aws:SourceVpce and similar; `Not\u2026` and `\u2026IfExists` operators do not restrict). Unlike cfn_nag F16, a restricting condition makes the statement pass.', message: "statement {sid} allows Principal {principal} without a restricting condition", remediation: "Name the principals (account ARNs, roles, `cloudfront.amazonaws.com` with an `aws:SourceArn` condition), or add a condition such as `aws:PrincipalOrgID` or `aws:SourceVpce`.", remediationCdk: "Use `bucket.grantRead(principal)` or `bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')], conditions: { StringEquals: { 'AWS:SourceArn': distArn } }, ... }))`.", references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"], equivalents: { cfn_nag: ["F16"], checkov: [], cdk_nag: ["AwsSolutions-S5"] }, file: "rules/s3/S3BucketPolicyPublicPrincipal.yaml" }, { id: "S3BucketPolicyWildcardAction", title: "S3 bucket policy allows every S3 action", risk: 5, resourceTypes: ["AWS::S3::BucketPolicy"], kind: "check", check: "policyStatement", options: { test: "wildcardAction", docs: ["resource"], excludeAdmin: false }, enabled: true, category: "storage", description: "An Allow statement of the bucket policy grants Action `*` or `s3:*`, including deleting the bucket, changing its policy and its ACLs.", message: "statement {sid} allows {action}", remediation: "List only the actions the principal needs, such as `s3:GetObject` and `s3:PutObject`.", remediationCdk: "Use `bucket.grantRead(...)` / `grantPut(...)`, or list the actions in `new iam.PolicyStatement({ actions: [...] })`.", references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html"], equivalents: { cfn_nag: ["F15"], checkov: [], cdk_nag: [] }, file: "rules/s3/S3BucketPolicyWildcardAction.yaml" }, { id: "S3BucketPublicReadAcl", title: "S3 bucket ACL lets anyone read", risk: 7, resourceTypes: ["AWS::S3::Bucket"], kind: "path", given: "$.Properties.AccessControl", assert: { notIn: ["PublicRead", "AuthenticatedRead"] }, absent: "pass", enabled: true, category: "storage", description: "`AccessControl: PublicRead` lets anyone list and read the bucket; `AuthenticatedRead` lets any AWS account do so.", message: "AccessControl is {value}", remediation: "Remove `AccessControl`. To publish content, serve it through CloudFront with origin access control and keep the bucket private.", remediationCdk: "Do not set `accessControl`; use `new s3.Bucket(this, 'B', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })` with `cloudfront.Distribution` and `origins.S3BucketOrigin.withOriginAccessControl(bucket)`.", references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl"], equivalents: { cfn_nag: ["W31"], checkov: ["CKV_AWS_20"], cdk_nag: ["S3BucketPublicReadProhibited"] }, file: "rules/s3/S3BucketPublicReadAcl.yaml" }, { id: "S3BucketPublicReadWriteAcl", title: "S3 bucket ACL lets anyone read and write", risk: 10, resourceTypes: ["AWS::S3::Bucket"], kind: "path", given: "$.Properties.AccessControl", assert: { notIn: ["PublicReadWrite"] }, absent: "pass", enabled: true, category: "storage", description: "`AccessControl: PublicReadWrite` lets anyone on the internet list, upload, overwrite and delete objects in the bucket.", message: "AccessControl is {value}", remediation: "Remove `AccessControl` (ACLs are disabled by default with `OwnershipControls: BucketOwnerEnforced`) and grant access with a bucket policy to named principals.", remediationCdk: "Do not set `accessControl`; use `new s3.Bucket(this, 'B', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })` and `bucket.grantRead(principal)`.", references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"], equivalents: { cfn_nag: ["F14"], checkov: ["CKV_AWS_57", "CKV_AWS_20"], cdk_nag: ["S3BucketPublicWriteProhibited"] }, file: "rules/s3/S3BucketPublicReadWriteAcl.yaml" }, { id: "TopicOrQueuePolicyPublic", title: "SNS topic or SQS queue policy allows anyone", risk: 8, resourceTypes: ["AWS::SNS::TopicPolicy", "AWS::SNS::TopicInlinePolicy", "AWS::SQS::QueuePolicy", "AWS::SQS::QueueInlinePolicy"], kind: "check", check: "publicPrincipal", options: { docs: ["resource"] }, enabled: true, category: "resource-policy", description: 'An Allow statement of the topic or queue policy has Principal `*` (or `{AWS: "*"}`) and no condition that restricts callers (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceIp, aws:SourceVpc(e), \u2026; `Not\u2026` and `\u2026IfExists` operators do not count). An unresolvable principal is reported as unknown. Unlike cfn_nag F18/F21, a restricting condition makes the statement pass (stelligent/cfn_nag #497).', message: "statement {sid} allows Principal {principal} without a restricting condition", remediation: "Name the publishing service (`Service: events.amazonaws.com`, `s3.amazonaws.com`) with an `aws:SourceArn` / `aws:SourceAccount` condition, or name the accounts.", remediationCdk: "Use `topic.grantPublish(principal)` / `queue.grantSendMessages(principal)`, or `addToResourcePolicy` with `conditions: { ArnEquals: { 'aws:SourceArn': arn } }`.", references: ["https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html", "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html"], equivalents: { cfn_nag: ["F18", "F21"], checkov: [], cdk_nag: [] }, file: "rules/sns/TopicOrQueuePolicyPublic.yaml" }];

// src/rules/schema.ts
var RuleError = class extends Error {
  constructor(file, ruleId, message) {
    super(`${file}${ruleId ? ` (rule ${ruleId})` : ""}: ${message}`);
    this.file = file;
    this.ruleId = ruleId;
  }
  file;
  ruleId;
};
var RULE_KEYS = /* @__PURE__ */ new Set([
  "id",
  "title",
  "risk",
  "resourceTypes",
  "kind",
  "enabled",
  "description",
  "message",
  "remediation",
  "remediationCdk",
  "references",
  "equivalents",
  "category",
  "check",
  "options",
  "given",
  "assert",
  "absent",
  "pattern",
  "flags",
  "file",
  "docs"
]);
var ASSERT_OPS = /* @__PURE__ */ new Set(["equals", "notEquals", "in", "notIn", "matches", "notMatches", "exists", "cidrIsWorld", "portRangeIncludes", "all", "any", "not"]);
var isObj14 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function validateRule(doc, file, source, regexCheck) {
  if (!isObj14(doc)) throw new RuleError(file, null, "a rule must be a mapping");
  const id = doc["id"];
  if (typeof id !== "string" || !/^[A-Z][A-Za-z0-9]+$/.test(id)) throw new RuleError(file, null, "`id` must be a PascalCase name such as SSHOpenToWorld");
  const err = (m) => {
    throw new RuleError(file, id, m);
  };
  for (const k of Object.keys(doc)) if (!RULE_KEYS.has(k)) err(`unknown key \`${k}\``);
  const str2 = (k, required = true) => {
    const v = doc[k];
    if (v === void 0 && !required) return "";
    if (typeof v !== "string" || required && v.trim() === "") return err(`\`${k}\` must be a non-empty text`);
    return v;
  };
  const risk = doc["risk"];
  if (typeof risk !== "number" || !Number.isInteger(risk) || risk < 1 || risk > 10) err("`risk` must be a whole number from 1 to 10");
  const kind = doc["kind"];
  if (kind !== "regex" && kind !== "path" && kind !== "check") err("`kind` must be regex, path or check");
  const types = doc["resourceTypes"];
  if (!Array.isArray(types) || types.length === 0 || !types.every((t) => typeof t === "string")) err('`resourceTypes` must be a non-empty list of resource types (or ["*"])');
  const eq = doc["equivalents"] ?? {};
  if (!isObj14(eq)) err("`equivalents` must be a mapping with cfn_nag, checkov, cdk_nag lists");
  const list = (v, k) => {
    if (v === void 0 || v === null) return [];
    if (typeof v === "string") return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
    return err(`\`${k}\` must be a list of ids`);
  };
  const eqo = eq;
  for (const k of Object.keys(eqo)) if (!["cfn_nag", "checkov", "cdk_nag"].includes(k)) err(`unknown equivalents key \`${k}\``);
  const equivalents = {
    cfn_nag: list(eqo["cfn_nag"], "equivalents.cfn_nag"),
    checkov: list(eqo["checkov"], "equivalents.checkov"),
    cdk_nag: list(eqo["cdk_nag"], "equivalents.cdk_nag")
  };
  const enabled = doc["enabled"] ?? true;
  if (typeof enabled !== "boolean") err("`enabled` must be true or false");
  const spec = {
    id,
    title: str2("title"),
    risk,
    resourceTypes: types,
    kind,
    enabled,
    description: str2("description"),
    message: str2("message"),
    remediation: str2("remediation"),
    ...doc["remediationCdk"] !== void 0 ? { remediationCdk: str2("remediationCdk") } : {},
    references: list(doc["references"], "references"),
    equivalents,
    ...doc["category"] !== void 0 ? { category: str2("category") } : {},
    source
  };
  switch (kind) {
    case "check": {
      const check = str2("check");
      const options = doc["options"] ?? {};
      if (!isObj14(options)) err("`options` must be a mapping");
      return { ...spec, check, options };
    }
    case "path": {
      const given = str2("given");
      if (!given.startsWith("$")) err("`given` must be a JSONPath starting with $");
      if (/[?(]\s*[@(]|\(\s*@|\?\(/.test(given)) err("`given` may not use JSONPath filter or script expressions (?() / ())");
      const assert = doc["assert"];
      if (assert === void 0) err("a path rule needs `assert`");
      validateAssertion(assert, err, regexCheck);
      const absent = doc["absent"] ?? "pass";
      if (absent !== "pass" && absent !== "fail") err("`absent` must be pass or fail");
      return { ...spec, given, assert, absent };
    }
    case "regex": {
      const pattern = str2("pattern");
      const flags = doc["flags"] === void 0 ? "" : str2("flags");
      if (!/^[imsu]*$/.test(flags)) err("`flags` may only hold i, m, s, u");
      const why = regexCheck(pattern);
      if (why) err(`pattern refused: ${why}`);
      const given = doc["given"] === void 0 ? void 0 : str2("given");
      if (given !== void 0 && /\?\(|\(\s*@/.test(given)) err("`given` may not use JSONPath filter or script expressions");
      return { ...spec, pattern, flags, ...given ? { given } : {} };
    }
  }
}
function validateAssertion(a, err, regexCheck, depth = 0) {
  if (depth > 20) err("`assert` is nested too deeply");
  if (!isObj14(a)) err("each assertion must be a mapping with one operator");
  const keys = Object.keys(a);
  if (keys.length !== 1 || !ASSERT_OPS.has(keys[0])) err(`an assertion has exactly one operator out of: ${[...ASSERT_OPS].join(", ")}`);
  const op = keys[0];
  const v = a[op];
  switch (op) {
    case "all":
    case "any":
      if (!Array.isArray(v) || v.length === 0) err(`\`${op}\` takes a non-empty list of assertions`);
      for (const x of v) validateAssertion(x, err, regexCheck, depth + 1);
      break;
    case "not":
      validateAssertion(v, err, regexCheck, depth + 1);
      break;
    case "in":
    case "notIn":
      if (!Array.isArray(v)) err(`\`${op}\` takes a list`);
      break;
    case "matches":
    case "notMatches": {
      if (typeof v !== "string") err(`\`${op}\` takes a regular expression`);
      const why = regexCheck(v);
      if (why) err(`pattern refused: ${why}`);
      break;
    }
    case "exists":
    case "cidrIsWorld":
      if (typeof v !== "boolean") err(`\`${op}\` takes true or false`);
      break;
    case "portRangeIncludes":
      if (typeof v !== "number") err("`portRangeIncludes` takes a port number");
      break;
  }
}
function isLegacyRuleList(doc) {
  return Array.isArray(doc) && doc.length > 0 && doc.every((x) => isObj14(x) && "ruledata" in x && "rule" in x);
}
function convertLegacyRules(doc, file, regexCheck) {
  const out = [];
  doc.forEach((raw, i) => {
    const r = raw;
    const id = typeof r["rule"] === "string" ? r["rule"] : `entry ${i + 1}`;
    const err = (m) => {
      throw new RuleError(file, id, m);
    };
    if (typeof r["rule"] !== "string" || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(r["rule"])) err("`rule` must be a name");
    const active = String(r["active"] ?? "Y").toUpperCase();
    if (active !== "Y" && active !== "N") err('`active` must be "Y" or "N"');
    if (active === "N") return;
    if (String(r["ruletype"] ?? "regex") !== "regex") err("only `ruletype: regex` is supported");
    const risk = Number(r["riskvalue"]);
    if (!Number.isFinite(risk) || risk < 0) err("`riskvalue` must be a number");
    const pattern = r["ruledata"];
    if (typeof pattern !== "string" || pattern === "") err("`ruledata` must be a regular expression");
    const why = regexCheck(pattern);
    if (why) err(`pattern refused: ${why}`);
    const category = typeof r["category"] === "string" ? r["category"] : "";
    const typeContains = category === "SecurityGroup" ? "SecurityGroup" : category === "EC2Instance" ? "AWS::EC2::Instance" : void 0;
    out.push({
      id,
      title: `${id} (custom regex rule)`,
      risk: Math.max(1, Math.min(10, Math.round(risk))),
      resourceTypes: ["*"],
      kind: "regex",
      enabled: true,
      description: `Custom rule from ${file}: the pattern matches the resource's JSON text.`,
      message: `matches the pattern of custom rule ${id}`,
      remediation: "Change the resource so that it no longer matches the rule, or suppress the finding with a reason.",
      references: [],
      equivalents: { cfn_nag: [], checkov: [], cdk_nag: [] },
      category,
      source: file,
      pattern,
      flags: "",
      ...typeContains ? { typeContains } : {}
    });
  });
  return out;
}

// src/rules/regex-safety.ts
var import_safe_regex2 = __toESM(require_safe_regex2(), 1);
var MAX_PATTERN = 1e3;
function regexProblem(pattern) {
  if (pattern.length > MAX_PATTERN) return `longer than ${MAX_PATTERN} characters`;
  try {
    new RegExp(pattern);
  } catch (e) {
    return `not a valid regular expression (${e instanceof Error ? e.message : String(e)})`;
  }
  if (!(0, import_safe_regex2.default)(pattern)) return "it can backtrack catastrophically (nested or too many quantifiers); simplify it";
  return null;
}

// src/rules/catalogue.ts
var builtin = null;
function builtinRules() {
  builtin ??= catalogue_generated_default.map((r) => {
    const eq = r.equivalents ?? {};
    return {
      ...r,
      enabled: r.enabled ?? true,
      references: r.references ?? [],
      equivalents: { cfn_nag: eq.cfn_nag ?? [], checkov: eq.checkov ?? [], cdk_nag: eq.cdk_nag ?? [] },
      source: "builtin"
    };
  });
  return builtin;
}
function parseRuleFile(text, file) {
  let doc;
  try {
    doc = (0, import_yaml4.parse)(text, { schema: "core", uniqueKeys: true, maxAliasCount: 50 });
  } catch (e) {
    throw new RuleError(file, null, `cannot parse: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  if (isLegacyRuleList(doc)) return convertLegacyRules(doc, file, regexProblem);
  const list = Array.isArray(doc) ? doc : doc && typeof doc === "object" && Array.isArray(doc.rules) ? doc.rules : [doc];
  return list.map((r) => validateRule(r, file, file, regexProblem));
}

// src/adapters/run.ts
var UsageError = class extends Error {
};
async function loadUserRules(paths, cwd) {
  const out = [];
  for (const p of paths) {
    const abs = (0, import_node_path5.resolve)(cwd, p);
    let files;
    try {
      const info2 = await (0, import_promises3.stat)(abs);
      files = info2.isDirectory() ? (await (0, import_promises3.readdir)(abs, { recursive: true })).map(String).filter((f) => [".yaml", ".yml", ".json"].includes((0, import_node_path5.extname)(f).toLowerCase())).sort().map((f) => (0, import_node_path5.join)(abs, f)) : [abs];
    } catch {
      throw new UsageError(`--rules ${p}: no such file or directory`);
    }
    for (const f of files) {
      try {
        out.push(...parseRuleFile(await (0, import_promises3.readFile)(f, "utf8"), displayPath(f, cwd)));
      } catch (e) {
        if (e instanceof RuleError) throw new UsageError(e.message);
        throw e;
      }
    }
  }
  return out;
}
function mergeCatalogue(user) {
  const builtin2 = builtinRules();
  const ids = new Map(builtin2.map((r) => [r.id, r.source]));
  for (const r of user) {
    const prev = ids.get(r.id);
    if (prev) throw new UsageError(`${r.source}: rule id ${r.id} is already defined${prev === "builtin" ? " by a built-in rule" : ` in ${prev}`}; choose another id`);
    ids.set(r.id, r.source);
  }
  return [...builtin2, ...user];
}
async function readParameters(file, cwd) {
  let text;
  try {
    text = await (0, import_promises3.readFile)((0, import_node_path5.resolve)(cwd, file), "utf8");
  } catch {
    throw new UsageError(`--parameters ${file}: cannot read the file`);
  }
  const r = parseParameters(text);
  if (!r.ok) throw new UsageError(`--parameters ${file}: ${r.message}`);
  return r.values;
}
async function runAudit(req) {
  const now = req.now ?? /* @__PURE__ */ new Date();
  const config = await loadConfig(req);
  const configDir = config ? (0, import_node_path5.dirname)((0, import_node_path5.resolve)(req.cwd, config.file)) : req.cwd;
  const user = await loadUserRules([...req.rulePaths ?? [], ...(config?.config.rulePaths ?? []).map((p) => (0, import_node_path5.resolve)(configDir, p))], req.cwd);
  const catalogue = mergeCatalogue(user);
  const parameters = req.parametersFile ? await readParameters(req.parametersFile, req.cwd) : {};
  let auditor;
  let exceptions = null;
  try {
    const profile2 = resolveProfile(config, req.profile ?? null, catalogue);
    const enabled = rulesForProfile(catalogue, { ...profile2, advisoryRules: profile2.advisoryRules || req.allRules === true });
    if (config?.config.exceptions?.length) exceptions = new ExceptionSet(config, { now, fileKey: (f) => (0, import_node_path5.relative)(configDir, (0, import_node_path5.resolve)(req.cwd, f)).split(import_node_path5.sep).join("/") });
    const ex = exceptions;
    auditor = new Auditor({
      rules: enabled,
      parameters,
      // Flags win over the profile; --count-unknown can only switch counting on.
      thresholds: req.thresholds ?? profile2.thresholds,
      countUnknown: req.countUnknown === true || profile2.countUnknown,
      refine: ex ? (findings, graph) => ex.apply(findings, graph) : void 0
    });
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UnknownProfileError) throw new UsageError(e instanceof UnknownProfileError && req.profile ? `--profile ${e.message}` : e.message);
    if (e instanceof RuleCompileError) throw new UsageError(e.message);
    throw e;
  }
  const found = await discover(req.inputs, { cwd: req.cwd, readStdin: req.readStdin });
  const run2 = { stacks: [], errors: [...found.errors], notices: [], skipped: 0 };
  const total = found.sources.length;
  found.sources.forEach((s, i) => {
    addResult(run2, auditor.auditSource(s));
    req.onProgress?.(i + 1, total);
  });
  if (req.base || req.baseRef) await applyBase(req, found.sources, run2, auditor.options.rules, auditor);
  if (req.baselineFile) {
    let known2;
    try {
      known2 = parseBaseline(await readText(req.baselineFile, req.cwd, "--baseline"), req.baselineFile);
    } catch (e) {
      if (e instanceof BaselineError) throw new UsageError(`--baseline ${e.message}`);
      throw e;
    }
    restack(run2, auditor, (f) => applyBaseline(f, known2, `baseline ${req.baselineFile}`).findings);
  }
  if (req.writeBaselineFile) {
    const baseline = makeBaseline(run2.stacks, now);
    try {
      await (0, import_promises3.writeFile)((0, import_node_path5.resolve)(req.cwd, req.writeBaselineFile), formatBaseline(baseline));
    } catch (e) {
      throw new UsageError(`--write-baseline ${req.writeBaselineFile}: cannot write: ${e.code ?? e.message}`);
    }
    const known2 = new Set(baseline.findings.map((b) => b.fingerprint));
    restack(run2, auditor, (f) => applyBaseline(f, known2, `baseline ${req.writeBaselineFile}`).findings);
    const n = baseline.findings.length;
    run2.notices.push({ kind: "info", file: req.writeBaselineFile, message: `wrote ${n} finding${n === 1 ? "" : "s"} to the baseline; use --baseline ${req.writeBaselineFile} in CI` });
  }
  if (exceptions) run2.notices.push(...exceptions.notices());
  if (run2.skipped > 0) run2.notices.push({ kind: "skipped-files", file: null, message: `${run2.skipped} file${run2.skipped === 1 ? " was" : "s were"} skipped: not CloudFormation templates` });
  return { report: buildReport(run2, catalogue), catalogue };
}
async function findConfigFile(cwd) {
  for (let dir = (0, import_node_path5.resolve)(cwd); ; dir = (0, import_node_path5.dirname)(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = (0, import_node_path5.join)(dir, name);
      try {
        if ((await (0, import_promises3.stat)(p)).isFile()) return p;
      } catch {
      }
    }
    if ((0, import_node_path5.dirname)(dir) === dir) return null;
  }
}
async function loadConfig(req) {
  const path2 = req.configFile ? (0, import_node_path5.resolve)(req.cwd, req.configFile) : req.discoverConfig === false ? null : await findConfigFile(req.cwd);
  if (!path2) return null;
  const shown = displayPath(path2, req.cwd);
  const text = await readText(path2, req.cwd, req.configFile ? "--config" : "config");
  try {
    return parseConfig(text, shown);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}
async function readText(file, cwd, what) {
  try {
    return await (0, import_promises3.readFile)((0, import_node_path5.resolve)(cwd, file), "utf8");
  } catch (e) {
    throw new UsageError(`${what} ${file}: cannot read the file (${e.code ?? e.message})`);
  }
}
function restack(run2, auditor, map, changes) {
  run2.stacks.forEach((s, i) => {
    const next = auditor.stackReport(s.file, s.name, s.origin, s.parents, map(s.findings, s));
    const c = changes ? changes(s) : s.changes;
    run2.stacks[i] = c ? { ...next, changes: c } : next;
  });
}
async function applyBase(req, sources, run2, rules, auditor) {
  const bases = req.baseRef ? await sourcesAtRef(req.baseRef, sources, req.cwd) : await sourcesFromBase(req.base, sources, req);
  const spec = "@aws-cdk/cloudformation-diff";
  const mod = await import("./cfn-diff.cjs");
  const cfd = typeof mod.fullDiff === "function" ? mod : mod.default;
  const plain = new Auditor({ rules, parameters: auditor.options.parameters });
  const bySource = new Map(sources.map((s) => [s.file, s]));
  const known2 = /* @__PURE__ */ new Map();
  const changes = /* @__PURE__ */ new Map();
  for (const s of run2.stacks) {
    const current = bySource.get(s.file);
    const base = bases.get(s.file);
    let baseBody = { Resources: {} };
    if (base) {
      const r = plain.auditSource(base);
      if ("stack" in r) {
        known2.set(s.file, new Set(r.stack.findings.map((f) => f.fingerprint)));
        const parsed2 = parseTemplate(base);
        if (parsed2.ok) baseBody = parsed2.template.body;
      } else {
        const why = "error" in r ? r.error.message : "not a template";
        run2.notices.push({ kind: "info", file: s.file, message: `the base version could not be audited (${why}); every finding counts as new` });
      }
    }
    const parsed = current ? parseTemplate(current) : null;
    if (parsed?.ok) changes.set(s.file, securityChanges(cfd, baseBody, parsed.template.body));
  }
  restack(
    run2,
    auditor,
    (f, s) => {
      const k = known2.get(s.file);
      return k ? applyBaseline(f, k, "present in base").findings : [...f];
    },
    (s) => changes.get(s.file) ?? []
  );
}
async function sourcesFromBase(base, sources, req) {
  const found = await discover([base], { cwd: req.cwd });
  if (found.sources.length === 0) throw new UsageError(`--base ${base}: ${found.errors[0]?.message ?? "no template found"}`);
  const baseAbs = (0, import_node_path5.resolve)(req.cwd, base);
  const baseIsDir = (await (0, import_promises3.stat)(baseAbs)).isDirectory();
  const input = req.inputs.length === 1 ? (0, import_node_path5.resolve)(req.cwd, req.inputs[0]) : null;
  const inputIsDir = input !== null && await (0, import_promises3.stat)(input).then((i) => i.isDirectory(), () => false);
  const rel = (side, file) => {
    const abs = (0, import_node_path5.resolve)(req.cwd, file);
    const root = side === "base" ? baseIsDir ? baseAbs : null : inputIsDir ? input : null;
    return root ? (0, import_node_path5.relative)(root, abs).split(import_node_path5.sep).join("/") : (0, import_node_path5.basename)(abs);
  };
  return pairSources(sources, found.sources, rel);
}
function git(args, cwd) {
  return new Promise((done) => {
    (0, import_node_child_process.execFile)("git", [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" }, (err, stdout, stderr) => done({ ok: !err, stdout, stderr }));
  });
}
async function sourcesAtRef(ref, sources, cwd) {
  const top = await git(["rev-parse", "--show-toplevel"], cwd);
  if (!top.ok) throw new UsageError(`--base-ref ${ref}: ${cwd} is not inside a git repository (${top.stderr.trim() || "git failed"})`);
  const root = await (0, import_promises3.realpath)(top.stdout.trim());
  if (!(await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root)).ok) throw new UsageError(`--base-ref ${ref}: no such commit, branch or tag in this repository`);
  const out = /* @__PURE__ */ new Map();
  for (const s of sources) {
    if (s.file === "-" || s.file === "<stdin>") continue;
    let abs;
    try {
      abs = await (0, import_promises3.realpath)((0, import_node_path5.resolve)(cwd, s.file));
    } catch {
      continue;
    }
    const path2 = (0, import_node_path5.relative)(root, abs).split(import_node_path5.sep).join("/");
    if (path2.startsWith("../")) continue;
    const shown = await git(["show", `${ref}:${path2}`], root);
    if (shown.ok) out.set(s.file, { ...s, text: shown.stdout, explicit: true });
  }
  return out;
}

// src/adapters/action.ts
var FAIL_ON = ["fail", "manual-approval", "never"];
function splitList(text) {
  const parts = /[\r\n]/.test(text.trim()) ? text.split(/\r?\n|\r/) : text.split(/\s+/);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
function readInputs(get) {
  const failOn = get("fail-on") || "manual-approval";
  if (!FAIL_ON.includes(failOn)) {
    throw new UsageError(`input fail-on: "${failOn}" is not one of ${FAIL_ON.join(", ")}`);
  }
  const paths = splitList(get("path"));
  return {
    paths: paths.length ? paths : ["."],
    config: get("config"),
    profile: get("profile"),
    parameters: get("parameters"),
    rules: splitList(get("rules")),
    baseRef: get("base-ref"),
    sarifFile: get("sarif-file"),
    failOn,
    approvalLabel: get("approval-label")
  };
}
function pullRequestLabels(eventPath) {
  if (!eventPath) return null;
  let event;
  try {
    event = JSON.parse((0, import_node_fs.readFileSync)(eventPath, "utf8"));
  } catch {
    return null;
  }
  const pr = isRecord2(event) ? event["pull_request"] : void 0;
  if (!isRecord2(pr)) return null;
  const labels = Array.isArray(pr["labels"]) ? pr["labels"] : [];
  return labels.flatMap((l) => isRecord2(l) && typeof l["name"] === "string" ? [l["name"]] : []);
}
function isRecord2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function stepFails(decision, failOn, approvedByLabel) {
  switch (failOn) {
    case "never":
      return false;
    case "fail":
      return decision === "fail";
    case "manual-approval":
      return decision === "fail" || decision === "manual-approval" && !approvedByLabel;
    default: {
      const unreachable = failOn;
      throw new Error(`unknown fail-on ${String(unreachable)}`);
    }
  }
}
function worstStack(report) {
  let worst2;
  for (const s of report.stacks) if (worst2 === void 0 || s.score > worst2.score) worst2 = s;
  return worst2;
}
function stackText(s) {
  return s === void 0 ? "no stack" : `${s.name ?? s.file} scored ${s.score}`;
}
function failureMessage(report, approval) {
  if (report.errors.length > 0) {
    const first2 = report.errors[0];
    const where = first2 ? `${first2.file}${first2.line !== null ? `:${first2.line}` : ""}: ${first2.message}` : "";
    const more = report.errors.length > 1 ? ` (and ${report.errors.length - 1} more; see the job summary)` : "";
    return `cfn-audit could not audit every template, so the gate fails: ${where}${more}`;
  }
  const s = worstStack(report);
  const t = s?.thresholds;
  switch (report.decision) {
    case "fail":
      return `cfn-audit: fail \u2014 ${stackText(s)}${t ? ` (fail at ${t.fail})` : ""}. Fix the annotated findings, or suppress them with a reason; see the job summary. The approval label does not override a fail.`;
    case "manual-approval": {
      const how = !approval.label ? "Approval by label is disabled (approval-label is empty)." : approval.labels === null ? `This run is not for a pull request, so it cannot be approved with the "${approval.label}" label.` : `A reviewer approves by adding the label "${approval.label}" to the pull request and re-running this job.`;
      return `cfn-audit: manual approval needed \u2014 ${stackText(s)}${t ? ` (approval at ${t.approval}, fail at ${t.fail})` : ""}. ${how}`;
    }
    case "pass":
      return "cfn-audit: pass";
    default: {
      const unreachable = report.decision;
      throw new Error(`unknown decision ${String(unreachable)}`);
    }
  }
}
function approvalSection(report, inputs, approval, failed) {
  const lines = ["", "### Gate", ""];
  const label = approval.label ? `\`${approval.label}\`` : "";
  if (report.decision === "manual-approval") {
    if (approval.approved) lines.push(`\u2705 Approved: the pull request carries the label ${label}.`);
    else if (approval.label && approval.labels !== null) {
      lines.push(
        `**How to approve:** a reviewer with triage rights adds the label ${label} to this pull request, then re-runs this job (or the workflow also runs on \`labeled\` pull-request events). Removing the label withdraws the approval.`
      );
    } else if (approval.label) lines.push(`This run is not for a pull request, so the label ${label} cannot approve it.`);
    else lines.push("Approval by label is disabled (the `approval-label` input is empty).");
  } else if (report.decision === "fail" && approval.approved) {
    lines.push(`The label ${label} approves a manual-approval decision only; it does not override a fail.`);
  }
  lines.push(`Step ${failed ? "**failed**" : "passed"} (fail-on: \`${inputs.failOn}\`).`);
  return `${lines.join("\n")}
`;
}
async function runAction() {
  const inputs = readInputs((name) => getInput(name));
  const cwd = process.cwd();
  const workspace = process.env["GITHUB_WORKSPACE"] || cwd;
  const request = {
    inputs: inputs.paths,
    cwd,
    parametersFile: inputs.parameters || null,
    rulePaths: inputs.rules,
    // Empty config: .cfn-audit.yml in the working directory or a parent, as on the command line.
    configFile: inputs.config || null,
    profile: inputs.profile || null,
    baseRef: inputs.baseRef || null
  };
  const { report, catalogue } = await runAudit(request);
  const ctx = { cwd, color: false, repoRoot: workspace, rules: new Map(catalogue.map((r) => [r.id, r])) };
  const labels = pullRequestLabels(process.env["GITHUB_EVENT_PATH"]);
  const approval = {
    label: inputs.approvalLabel,
    labels,
    approved: inputs.approvalLabel !== "" && labels !== null && labels.includes(inputs.approvalLabel)
  };
  const failed = stepFails(report.decision, inputs.failOn, approval.approved);
  const token = `cfn-audit-${(0, import_node_crypto2.randomUUID)()}`;
  process.stdout.write(`::stop-commands::${token}
${await formatReport("text", report, ctx)}::${token}::
`);
  process.stdout.write(await formatReport("github", report, ctx));
  let sarifWritten = "";
  if (inputs.sarifFile) {
    const abs = (0, import_node_path6.resolve)(workspace, inputs.sarifFile);
    try {
      await (0, import_promises4.mkdir)((0, import_node_path6.dirname)(abs), { recursive: true });
      await (0, import_promises4.writeFile)(abs, await formatReport("sarif", report, ctx));
    } catch (e) {
      throw new UsageError(`input sarif-file: cannot write ${inputs.sarifFile}: ${e.code ?? e.message}`);
    }
    sarifWritten = inputs.sarifFile;
    info(`cfn-audit: SARIF written to ${inputs.sarifFile}`);
  }
  const active = report.stacks.reduce((n, s) => n + s.counts.active, 0);
  setOutput("decision", report.decision);
  setOutput("score", String(worstStack(report)?.score ?? 0));
  setOutput("findings", String(active));
  setOutput("sarif-file", sarifWritten);
  if (process.env["GITHUB_STEP_SUMMARY"]) {
    const markdown = await formatReport("markdown", report, ctx);
    await summary.addRaw(markdown).addRaw(approvalSection(report, inputs, approval, failed)).write();
  }
  if (failed) setFailed(failureMessage(report, approval));
  else if (report.decision === "manual-approval") {
    info(approval.approved ? `cfn-audit: manual approval given by the label "${approval.label}"` : `cfn-audit: manual approval needed; the step passes because fail-on is ${inputs.failOn}`);
  } else if (report.decision === "fail") info(`cfn-audit: the decision is fail; the step passes because fail-on is ${inputs.failOn}`);
}
async function run() {
  try {
    await runAction();
  } catch (e) {
    if (e instanceof UsageError) setFailed(`cfn-audit: ${e.message}`);
    else setFailed(`cfn-audit: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

// action-entry.ts
void run();
