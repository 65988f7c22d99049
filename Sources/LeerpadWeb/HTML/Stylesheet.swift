/// The one stylesheet: readable, high-contrast, responsive; no JavaScript needed anywhere.
enum Stylesheet {
    static let css = """
        :root{--ink:#1b1f24;--muted:#4a5360;--bg:#ffffff;--panel:#f4f6f8;--line:#c9d0d8;--accent:#0b5cad;--accent-ink:#ffffff;--bad:#a4161a;--good:#1e6b2f}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        a{color:var(--accent)}
        a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #f2a900;outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:10}
        header.top{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.75rem 1rem;background:#12324f;color:#fff}
        header.top a,header.top button.link{color:#fff}
        .brand{font-weight:700;font-size:1.2rem}
        header nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;flex:1}
        .tools{display:flex;gap:1rem;align-items:center}
        main{max-width:72rem;margin:0 auto;padding:1rem}
        footer{max-width:72rem;margin:2rem auto;padding:1rem;color:var(--muted);font-size:.875rem;border-top:1px solid var(--line)}
        h1{font-size:1.75rem;margin:.5rem 0 1rem}h2{font-size:1.3rem;margin-top:2rem}
        .muted{color:var(--muted)}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
        .card{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:1rem}
        .card h2{margin-top:0}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.95rem}
        th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:var(--panel)}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        table.heat td{text-align:center;min-width:2.4rem;white-space:nowrap;padding:.25rem .15rem;font-variant-numeric:tabular-nums;font-size:.85rem;line-height:1.25}
        table.heat th{font-size:.85rem}
        table.heat .up,table.heat .down{display:block;font-size:.8rem}
        #heatmap th[scope=row]{white-space:nowrap}
        main.wide{max-width:90rem}
        .l1{background:#b2182b;color:#fff}.l2{background:#ef8a62;color:#1b1f24}.l3{background:#fddbc7;color:#1b1f24}
        .l4{background:#92c5de;color:#1b1f24}.l5{background:#2166ac;color:#fff}.l0{background:#eee;color:#4a5360}
        .up{color:var(--good);font-weight:700}.down{color:var(--bad);font-weight:700}
        td.l1 .up,td.l5 .up,td.l1 .down,td.l5 .down{color:#fff}
        .legend span{display:inline-block;padding:.1rem .5rem;margin:.1rem;border-radius:3px}
        form.stack label{display:block;font-weight:600;margin-top:.75rem}
        input[type=text],input[type=number],input[type=date],input[type=password],input[type=search],select,textarea{font:inherit;padding:.4rem;border:1px solid #6b7480;border-radius:4px;max-width:100%}
        textarea{width:100%}
        button,.button{font:inherit;background:var(--accent);color:var(--accent-ink);border:0;border-radius:4px;padding:.5rem 1rem;cursor:pointer;text-decoration:none;display:inline-block}
        button.secondary{background:#fff;color:var(--accent);border:1px solid var(--accent)}
        button.link{background:none;border:0;padding:0;text-decoration:underline;color:var(--accent)}
        form.inline{display:inline}
        fieldset{border:1px solid var(--line);border-radius:6px;margin:1rem 0;padding:.75rem 1rem}
        legend{font-weight:600;padding:0 .25rem}
        .likert{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin-top:.5rem}
        .likert label{font-weight:400;display:inline-flex;gap:.3rem;align-items:center}
        .field-error{color:var(--bad);font-weight:600;margin:.25rem 0}
        .error{border-left:5px solid var(--bad);background:#fdecea;padding:.5rem 1rem}
        .ok{border-left:5px solid var(--good);background:#e8f4ea;padding:.5rem 1rem}
        progress.xp{display:block;width:100%;height:1.25rem;appearance:none;-webkit-appearance:none;border:1px solid var(--line);border-radius:10px;background:#dde3ea;overflow:hidden;accent-color:var(--good)}
        progress.xp::-webkit-progress-bar{background:#dde3ea}
        progress.xp::-webkit-progress-value{background:var(--good)}
        progress.xp::-moz-progress-bar{background:var(--good)}
        .steps li{margin:.25rem 0}
        .status{display:inline-block;min-width:6rem;padding:0 .4rem;border-radius:3px;font-size:.85rem;text-align:center}
        .status.done{background:#1e6b2f;color:#fff}.status.next{background:#f2a900;color:#1b1f24}
        .status.in-progress{background:#0b5cad;color:#fff}.status.planned{background:#dde3ea;color:#1b1f24}
        .badge{display:inline-block;background:#fff4d6;border:1px solid #c79100;border-radius:1rem;padding:.1rem .7rem;margin:.15rem}
        .me{font-weight:700;background:#fff4d6}
        figure{margin:1rem 0;min-width:0}
        svg.radar{display:block;max-width:32rem;width:100%;height:auto}
        svg.radar text{font:15px system-ui,sans-serif;fill:#1b1f24}
        svg.radar text.ring-label{font-size:12px;fill:#4a5360}
        svg.radar text.unknown{fill:#4a5360;font-style:italic}
        .radar-legend{columns:2 14rem;column-gap:1.5rem;margin:.5rem 0 0;padding-left:2rem;font-size:.85rem;line-height:1.35}
        .radar-legend li{break-inside:avoid}
        .radar-legend .score{font-variant-numeric:tabular-nums;color:var(--muted)}
        .radar-legend .unknown{font-style:italic}
        .maps{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,24rem),1fr));gap:1rem}
        svg.route-map,svg.fan-chart{display:block;width:100%;height:auto}
        svg.fan-chart{max-width:60rem}
        .map-legend{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}
        .map-legend svg.swatch{width:1rem;height:.75rem;vertical-align:middle;margin-right:.3rem}
        .progress-steps{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;padding:0}
        .progress-steps li{padding:.1rem .5rem;border:1px solid var(--line);border-radius:3px;font-size:.85rem}
        .progress-steps li.current{background:#12324f;color:#fff}
        @media (max-width:40rem){main{padding:.5rem}h1{font-size:1.4rem}table{font-size:.85rem}}
        """
}
