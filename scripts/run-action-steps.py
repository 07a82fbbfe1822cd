#!/usr/bin/env python3
"""Runs the steps of action.yml (a composite action) the way a GitHub runner would, for
scripts/test-action-install: the ${{ }} expressions it uses are filled from a context given
as JSON, `uses:` steps (actions/cache) are skipped, and GITHUB_OUTPUT / GITHUB_PATH files
work as on a runner. Only the small expression language action.yml needs: dotted names,
'string' literals, `a || b` and `a != b`.

    run-action-steps.py ACTION_YML CONTEXT_JSON WORKDIR
Prints `name=value` lines for the action's outputs and `PATH+=dir` for GITHUB_PATH lines.
"""
import json, os, re, subprocess, sys
import yaml

action_path, context_path, workdir = sys.argv[1], sys.argv[2], sys.argv[3]
action = yaml.safe_load(open(action_path))
context = json.load(open(context_path))
inputs = {name: str(spec.get("default", "")) for name, spec in action.get("inputs", {}).items()}
inputs.update(context.get("inputs", {}))
context["inputs"] = inputs
context["steps"] = {}


def operand(text):
    text = text.strip()
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1]
    value = context
    for part in text.split("."):
        value = value.get(part, "") if isinstance(value, dict) else ""
    return value if isinstance(value, str) else ("" if value is None else value)


def evaluate(expr):
    expr = expr.strip()
    if "!=" in expr:
        left, right = expr.split("!=", 1)
        return evaluate(left) != evaluate(right)
    for part in expr.split("||"):
        value = operand(part)
        if value:
            return value
    return ""


def substitute(text):
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: str(evaluate(m.group(1))), str(text))


path_additions = []
for index, step in enumerate(action["runs"]["steps"]):
    if "if" in step and not evaluate(step["if"].replace("${{", "").replace("}}", "")):
        continue
    if "uses" in step:
        continue
    output_file = os.path.join(workdir, f"output-{index}")
    path_file = os.path.join(workdir, f"path-{index}")
    open(output_file, "w").close()
    open(path_file, "w").close()
    env = dict(os.environ)
    env.update({k: substitute(v) for k, v in step.get("env", {}).items()})
    env.update({
        "GITHUB_OUTPUT": output_file,
        "GITHUB_PATH": path_file,
        "GITHUB_ACTION_PATH": os.path.dirname(os.path.abspath(action_path)),
        "RUNNER_TOOL_CACHE": context["runner"]["tool_cache"],
        "PATH": os.pathsep.join(path_additions + [env.get("PATH", "")]),
    })
    cwd = substitute(step.get("working-directory", "."))
    result = subprocess.run(["bash", "-e", "-c", substitute(step["run"])], env=env, cwd=cwd)
    if result.returncode != 0:
        sys.exit(result.returncode)
    outputs = dict(line.split("=", 1) for line in open(output_file).read().splitlines() if "=" in line)
    if "id" in step:
        context["steps"][step["id"]] = {"outputs": outputs}
    path_additions += [line for line in open(path_file).read().splitlines() if line]

for name, spec in action.get("outputs", {}).items():
    print(f"{name}={substitute(spec['value'])}")
for directory in path_additions:
    print(f"PATH+={directory}")
