#!/usr/bin/env bash
# README command 1: set up Byline with its seed articles and demo accounts, then serve it on
# http://127.0.0.1:8000/. Safe to run again: nothing is duplicated and no answer is wiped.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/venv.sh

.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py createcachetable
.venv/bin/python manage.py load_seeds
.venv/bin/python manage.py load_demo
echo
echo "Byline is running at http://127.0.0.1:8000/  (stop it with Ctrl-C)"
exec .venv/bin/python manage.py runserver 127.0.0.1:8000
