/**
 * Context that makes a world-open port the design: a group attached only to internet-facing load
 * balancers (or CloudFront origins) may be open on 443, and on 80 when every listener on 80 redirects
 * to HTTPS. Anything else attached, an internal scheme, a served port 80 or another port keeps the
 * finding, and the finding says which context was looked at.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../src/rules/catalogue.js';
import { auditText, findingsOf } from './helpers/audit.js';

const rules = builtinRules().filter((r) => ['AllowHttp', 'IngressOpenToWorld', 'SSHOpenToWorld', 'AlbHttpListener'].includes(r.id));
const audit = (t: string) => auditText(t, { rules });

const webSg = (extra = '') => `
  WebSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIpv6: "::/0"}
        - {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}
        - {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIpv6: "::/0"}${extra}`;

const alb = (scheme = '') => `
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:${scheme}
      Subnets: [subnet-1, subnet-2]
      SecurityGroups: [!Ref WebSg]`;

const httpsListener = `
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Port: 443
      Protocol: HTTPS
      Certificates: [{CertificateArn: arn:aws:acm:eu-west-1:111122223333:certificate/abc}]
      DefaultActions: [{Type: forward, TargetGroupArn: arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tg/1}]`;

const httpListener = (action: string) => `
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Port: 80
      Protocol: HTTP
      DefaultActions: [${action}]`;

const REDIRECT = '{Type: redirect, RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}}';
const FORWARD = '{Type: forward, TargetGroupArn: arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tg/1}';

const tpl = (...parts: string[]) => `Resources:${parts.join('')}\n`;

describe('a group attached only to an internet-facing ALB', () => {
  it('443 and a redirect-only 80 are the design: no finding, and the redirecting listener is fine', () => {
    const s = audit(tpl(webSg(), alb(), httpsListener, httpListener(REDIRECT)));
    expect(s.findings.map((f) => f.ruleId)).toEqual([]);
  });

  it('Scheme internet-facing written out is the same as the default', () => {
    const s = audit(tpl(webSg(), alb('\n      Scheme: internet-facing'), httpsListener, httpListener(REDIRECT)));
    expect(s.findings).toEqual([]);
  });

  it('80 served in plain HTTP keeps AllowHttp (IPv4 and IPv6), saying which listener serves it; 443 stays quiet', () => {
    const s = audit(tpl(webSg(), alb(), httpsListener, httpListener(FORWARD)));
    const http = findingsOf(s, 'AllowHttp');
    expect(http.map((f) => f.data['cidr'])).toEqual(['0.0.0.0/0', '::/0']);
    for (const f of http) expect(f.data).toMatchObject({ context: 'http-served', fronts: 'Alb', listeners: 'Http' });
    expect(findingsOf(s, 'IngressOpenToWorld')).toEqual([]);
    expect(findingsOf(s, 'AlbHttpListener')).toHaveLength(1);
  });

  it('a listener whose redirect holds in one Fn::If branch only does not make 80 the design', () => {
    const s = audit(tpl(webSg(), alb(), httpsListener, httpListener(`!If [Secure, ${REDIRECT}, ${FORWARD}]`)));
    expect(findingsOf(s, 'AllowHttp')).toHaveLength(2);
    expect(findingsOf(s, 'AlbHttpListener')).toHaveLength(1);
  });

  it('no listener on 80 in the template: 80 is not shown to redirect, so AllowHttp stays', () => {
    const s = audit(tpl(webSg(), alb(), httpsListener));
    expect(findingsOf(s, 'AllowHttp').map((f) => f.data['context'])).toEqual(['http-served', 'http-served']);
    expect(findingsOf(s, 'IngressOpenToWorld')).toEqual([]);
  });

  it('SSH on the same group is never excused by the load balancer', () => {
    const s = audit(tpl(webSg('\n        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}'), alb(), httpsListener, httpListener(REDIRECT)));
    expect(findingsOf(s, 'SSHOpenToWorld')).toHaveLength(1);
    expect(s.findings.map((f) => f.ruleId)).toEqual(['SSHOpenToWorld']);
  });

  it('a range wider than 443 (443-444) is judged by the listeners it reaches: a plain one on 444 keeps it', () => {
    const t = tpl(webSg().replace('FromPort: 443, ToPort: 443, CidrIp', 'FromPort: 443, ToPort: 444, CidrIp'), alb(), httpsListener, httpListener(REDIRECT));
    expect(findingsOf(audit(t), 'IngressOpenToWorld')).toEqual([]);
    const plain444 = httpListener(FORWARD).replace('Http:', 'Alt:').replace('Port: 80', 'Port: 444');
    const f = findingsOf(audit(t + plain444.slice(1) + '\n'), 'IngressOpenToWorld');
    expect(f.map((x) => [x.data['ports'], x.data['listeners']])).toEqual([['443-444', 'Alt (HTTP 444)']]);
  });

  it('a standalone ingress on the ALB group is judged by the group it names', () => {
    const t = tpl(
      '\n  WebSg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web',
      '\n  In443:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: {GroupId: !GetAtt WebSg.GroupId, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}',
      alb(),
    );
    expect(audit(t).findings).toEqual([]);
  });
});

describe('context that does not apply', () => {
  it('the group is also attached to an instance: every finding stays and names both', () => {
    const inst = '\n  Web:\n    Type: AWS::EC2::Instance\n    Properties: {ImageId: ami-12345678, SecurityGroupIds: [!Ref WebSg]}';
    const s = audit(tpl(webSg(), alb(), httpsListener, httpListener(REDIRECT), inst));
    expect(findingsOf(s, 'IngressOpenToWorld')).toHaveLength(2);
    expect(findingsOf(s, 'AllowHttp')).toHaveLength(2);
    for (const f of s.findings) expect(f.data).toMatchObject({ context: 'also-attached', fronts: 'Alb', others: 'Web' });
  });

  it('the group is exported in Outputs (it may be attached anywhere): findings stay', () => {
    const out = '\nOutputs:\n  Sg: {Value: !Ref WebSg, Export: {Name: web-sg}}';
    const s = audit(tpl(webSg(), alb(), httpsListener, httpListener(REDIRECT)) + out);
    expect(findingsOf(s, 'IngressOpenToWorld').map((f) => f.data['others'])).toEqual(['Outputs', 'Outputs']);
  });

  it('an internal load balancer is no internet front end', () => {
    const s = audit(tpl(webSg(), alb('\n      Scheme: internal'), httpsListener, httpListener(REDIRECT)));
    expect(findingsOf(s, 'IngressOpenToWorld')).toHaveLength(2);
    expect(findingsOf(s, 'IngressOpenToWorld')[0]!.data['context']).toBeUndefined();
  });

  it('a Scheme that may be internal (parameter with both allowed values) is not proof of an internet front end', () => {
    const params = 'Parameters:\n  Scheme: {Type: String, AllowedValues: [internet-facing, internal]}\n';
    const s = audit(params + tpl(webSg(), alb('\n      Scheme: !Ref Scheme'), httpsListener, httpListener(REDIRECT)));
    expect(findingsOf(s, 'IngressOpenToWorld')).toHaveLength(2);
  });

  it('a group attached to nothing keeps its findings', () => {
    const s = audit(tpl(webSg()));
    expect(findingsOf(s, 'IngressOpenToWorld')).toHaveLength(2);
    expect(findingsOf(s, 'AllowHttp')).toHaveLength(2);
  });
});

describe('classic ELB and CloudFront origins', () => {
  const clb = (port80: boolean) => `
  Elb:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      SecurityGroups: [!Ref WebSg]
      Listeners:
        - {LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: arn:aws:acm:eu-west-1:111122223333:certificate/abc}${port80 ? '\n        - {LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP}' : ''}`;

  it('an internet-facing classic ELB: 443 is the design; 80 with an HTTP listener is served, not redirected', () => {
    const s = audit(tpl(webSg(), clb(true)));
    expect(findingsOf(s, 'IngressOpenToWorld')).toEqual([]);
    expect(findingsOf(s, 'AllowHttp').map((f) => f.data['context'])).toEqual(['http-served', 'http-served']);
  });

  it('an instance that is a CloudFront custom origin may take 443 from the world', () => {
    const t = tpl(
      webSg(),
      '\n  Origin:\n    Type: AWS::EC2::Instance\n    Properties: {ImageId: ami-12345678, SecurityGroupIds: [!Ref WebSg]}',
      '\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        Origins: [{Id: o, DomainName: !GetAtt Origin.PublicDnsName, CustomOriginConfig: {OriginProtocolPolicy: https-only}}]\n        DefaultCacheBehavior: {TargetOriginId: o, ViewerProtocolPolicy: redirect-to-https}',
    );
    const s = audit(t);
    expect(findingsOf(s, 'IngressOpenToWorld')).toEqual([]);
    expect(findingsOf(s, 'AllowHttp')).toHaveLength(2);
  });
});

describe('a world-open range or all traffic on a group of load balancers only', () => {
  const allTraffic = `
  WebSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - {IpProtocol: "-1", CidrIp: 0.0.0.0/0}`;
  const rangeSg = allTraffic.replace('{IpProtocol: "-1", CidrIp: 0.0.0.0/0}', '{IpProtocol: tcp, FromPort: 0, ToPort: 1024, CidrIp: 0.0.0.0/0}');
  const rules2 = builtinRules().filter((r) => ['AllTrafficOpenToWorld', 'SSHOpenToWorld', 'AllowHttp', 'IngressOpenToWorld', 'AlbHttpListener'].includes(r.id));
  const run = (t: string) => auditText(t, { rules: rules2 });

  it('reaches only the listeners: HTTPS and a redirect on 80 make it the design', () => {
    expect(run(tpl(allTraffic, alb(), httpsListener, httpListener(REDIRECT))).findings).toEqual([]);
    expect(run(tpl(rangeSg, alb(), httpsListener, httpListener(REDIRECT))).findings).toEqual([]);
  });

  it('a plain HTTP listener in reach keeps the finding and names the listener', () => {
    const s = run(tpl(allTraffic, alb(), httpsListener, httpListener(FORWARD)));
    const f = findingsOf(s, 'AllTrafficOpenToWorld');
    expect(f).toHaveLength(1);
    expect(f[0]!.data).toMatchObject({ context: 'lb-listeners', fronts: 'Alb', listeners: 'Http (HTTP 80)' });
    expect(findingsOf(s, 'AlbHttpListener')).toHaveLength(1);
  });

  it('a network load balancer passing TCP 22 through is SSH open to the world', () => {
    const nlb = alb().replace('Subnets', 'Type: network\n      Subnets');
    const tcp22 =
      '\n  Ssh:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties: {LoadBalancerArn: !Ref Alb, Port: 22, Protocol: TCP, DefaultActions: [' + FORWARD + ']}';
    const s = run(tpl(rangeSg, nlb, tcp22));
    expect(findingsOf(s, 'SSHOpenToWorld').map((f) => f.data['listeners'])).toEqual(['Ssh (TCP 22)']);
  });

  it('listeners not all in the template (none, or a port from a parameter without default): the finding stays', () => {
    expect(findingsOf(run(tpl(allTraffic, alb())), 'AllTrafficOpenToWorld')).toHaveLength(1);
    const params = 'Parameters:\n  Port: {Type: Number}\n';
    const s = run(params + tpl(allTraffic, alb(), httpsListener.replace('Port: 443', 'Port: !Ref Port')));
    expect(findingsOf(s, 'AllTrafficOpenToWorld')).toHaveLength(1);
  });

  it('an instance attached too, or a CloudFront-origin instance, keeps every port reachable', () => {
    const inst = '\n  Web:\n    Type: AWS::EC2::Instance\n    Properties: {ImageId: ami-12345678, SecurityGroupIds: [!Ref WebSg]}';
    expect(findingsOf(run(tpl(allTraffic, alb(), httpsListener, httpListener(REDIRECT), inst)), 'AllTrafficOpenToWorld')).toHaveLength(1);
  });

  it('a classic ELB with only an HTTPS listener: a range on its group is the design', () => {
    const clb =
      '\n  Elb:\n    Type: AWS::ElasticLoadBalancing::LoadBalancer\n    Properties:\n      SecurityGroups: [!Ref WebSg]\n      Listeners: [{LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: arn:aws:acm:eu-west-1:111122223333:certificate/abc}]';
    expect(run(tpl(rangeSg, clb)).findings).toEqual([]);
  });
});
