package e2e

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// fakeAWS answers the two AWS calls sops makes for a KMS recipient: STS
// AssumeRole (for an ARN with +arn:…:role/…) and KMS Encrypt. It records the
// key ARNs and roles it was asked for. The "ciphertext" it returns is random:
// the data key is not in it, so files made against it decrypt with nothing.
type fakeAWS struct {
	srv *httptest.Server

	mu        sync.Mutex
	encrypted []string // KMS key ids, in call order
	roles     []string // assumed role ARNs, in call order
}

func newFakeAWS(t *testing.T) *fakeAWS {
	t.Helper()
	f := &fakeAWS{}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// env returns the environment that points sops' AWS SDK at the fake and
// keeps it away from any real configuration or credentials.
func (f *fakeAWS) env(home string) []string {
	return []string{
		"AWS_ENDPOINT_URL_KMS=" + f.srv.URL,
		"AWS_ENDPOINT_URL_STS=" + f.srv.URL,
		"AWS_ACCESS_KEY_ID=AKIAEXAMPLEFAKE",
		"AWS_SECRET_ACCESS_KEY=not-a-secret",
		"AWS_CONFIG_FILE=" + home + "/no-aws-config",
		"AWS_SHARED_CREDENTIALS_FILE=" + home + "/no-aws-credentials",
		"AWS_EC2_METADATA_DISABLED=true",
	}
}

func (f *fakeAWS) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	switch target := r.Header.Get("X-Amz-Target"); {
	case target == "TrentService.Encrypt":
		var req struct{ KeyId string }
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.encrypted = append(f.encrypted, req.KeyId)
		f.mu.Unlock()
		blob := make([]byte, 64)
		_, _ = rand.Read(blob)
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		_ = json.NewEncoder(w).Encode(map[string]string{
			"CiphertextBlob":      base64.StdEncoding.EncodeToString(blob),
			"KeyId":               req.KeyId,
			"EncryptionAlgorithm": "SYMMETRIC_DEFAULT",
		})
	case target == "" && strings.Contains(string(body), "Action=AssumeRole"):
		form, err := url.ParseQuery(string(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.roles = append(f.roles, form.Get("RoleArn"))
		f.mu.Unlock()
		w.Header().Set("Content-Type", "text/xml")
		fmt.Fprint(w, `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
<AssumeRoleResult><Credentials><AccessKeyId>ASIAEXAMPLEFAKE</AccessKeyId><SecretAccessKey>not-a-secret</SecretAccessKey><SessionToken>not-a-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>
<AssumedRoleUser><Arn>arn:aws:sts::111122223333:assumed-role/fake/sops</Arn><AssumedRoleId>AROAEXAMPLEFAKE:sops</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>
<ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></AssumeRoleResponse>`)
	default:
		http.Error(w, "fakeAWS: unexpected request "+target, http.StatusNotImplemented)
	}
}
