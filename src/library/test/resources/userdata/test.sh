#!/bin/bash
# A boot script for the tests: one name resolves, one does not.
aws s3 cp "s3://${Bucket}/app.zip" /tmp/app.zip
echo "${Undeclared}" > /tmp/marker
echo "${!HOME}"
