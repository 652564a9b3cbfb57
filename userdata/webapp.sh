#!/bin/bash
# Boot script of the webapp instances (Amazon Linux 2023, run once by cloud-init as root).
# CloudFormation fills in the placeholders in braces (Fn::Sub: stack name, region, source bucket
# and key); shell variables are written $name, without braces, so the two never mix.
# Any failure signals the Auto Scaling group, so a bad release fails the create, or rolls the
# update back, instead of waiting for the timeout.
set -euo pipefail

signal() {
  /opt/aws/bin/cfn-signal --exit-code "$1" --stack '${AWS::StackName}' \
    --resource WebServerGroup --region '${AWS::Region}' || true
}
trap 'status=$?; [ $status -ne 0 ] && signal $status' EXIT

app=/opt/webapp
dnf install -y -q httpd python3-mod_wsgi python3-pip aws-cfn-bootstrap unzip

# The release: the source bundle of one git commit, at the key this stack was given.
aws s3 cp --only-show-errors 's3://${SourceBucket}/${SourceKey}' /tmp/webapp.zip
rm -rf $app && mkdir -p $app/src
unzip -q /tmp/webapp.zip -d $app/src
echo '${SourceKey}' > $app/src/release.txt
python3 -m venv $app/venv
$app/venv/bin/pip install -q -r $app/src/requirements.txt

cat > /etc/httpd/conf.d/webapp.conf <<CONF
WSGIDaemonProcess webapp python-home=$app/venv python-path=$app/src processes=2 threads=15
WSGIProcessGroup webapp
WSGIApplicationGroup %{GLOBAL}
WSGIScriptAlias / $app/src/wsgi.py
<Directory $app/src>
  Require all granted
</Directory>
CONF
rm -f /etc/httpd/conf.d/welcome.conf
chown -R apache:apache $app
systemctl enable --now httpd

# Ready when the app answers its own health check, as the load balancer will ask it.
for _ in $(seq 1 30); do
  if curl -fsS http://localhost/health > /dev/null; then
    signal 0
    exit 0
  fi
  sleep 2
done
echo "webapp did not become healthy" >&2
exit 1
